package vn.ocop.catalog.importing;

import java.util.List;

/**
 * A column an importer understands. Its header is matched folded (no diacritics, no case, no
 * punctuation) against its Vietnamese and English names from the message bundle ({@code
 * import.column.<key>}) and against the other ways offices write it ({@code aliases}).
 */
record Column(String key, boolean required, List<String> aliases) {

    static Column required(String key, String... aliases) {
        return new Column(key, true, List.of(aliases));
    }

    static Column optional(String key, String... aliases) {
        return new Column(key, false, List.of(aliases));
    }
}
