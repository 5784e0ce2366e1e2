package vn.ocop.platform.outbox;

/** What is kept of a handler's failure in {@code last_error}: type and message, truncated. */
final class Failures {

    static final int MAX_LENGTH = 2000;

    private Failures() {}

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 3; depth++) {
            text.append(" <- caused by ").append(cause);
            cause = cause.getCause();
        }
        return truncate(text.toString());
    }

    static String truncate(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
