package vn.ocop.traceability.domain;

/** Text as people type it: surrounding blanks dropped, and a blank text counts as absent. */
final class Texts {
    private Texts() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
