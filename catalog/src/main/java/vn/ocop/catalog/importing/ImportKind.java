package vn.ocop.catalog.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file holds. A workbook may carry several sheets; an importer reads the sheet named for its
 * kind (in Vietnamese or English) and otherwise the first one.
 */
public enum ImportKind {
    PRODUCERS("producers", List.of("Chủ thể", "Producers")),
    PRODUCTS("products", List.of("Sản phẩm", "Products")),
    /** Certificates may also be read from an exported products sheet, which carries them. */
    CERTIFICATES(
            "certificates", List.of("Giấy chứng nhận", "Certificates", "Sản phẩm", "Products"));

    private final String path;
    private final List<String> sheetNames;

    ImportKind(String path, List<String> sheetNames) {
        this.path = path;
        this.sheetNames = sheetNames;
    }

    /** The kind's name in URLs: {@code producers}, {@code products}, {@code certificates}. */
    public String path() {
        return path;
    }

    /** Sheet names this kind is read from, in order of preference. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    public static Optional<ImportKind> fromPath(String path) {
        String wanted = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.path.equals(wanted)).findFirst();
    }
}
