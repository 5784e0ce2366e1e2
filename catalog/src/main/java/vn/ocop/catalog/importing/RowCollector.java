package vn.ocop.catalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers rows as a reader meets them: the first non-blank row is the header, blank rows are
 * skipped, and reading stops as soon as the file has more data rows than allowed.
 */
final class RowCollector {

    /** Thrown to stop a reader early; the caller turns it into a problem for the client. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final int maxRows;
    private int headerRow;
    private List<String> headers;
    private final List<Sheet.Row> rows = new ArrayList<>();

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(int rowNumber, List<String> cells) {
        List<String> clean = cells.stream().map(RowCollector::clean).toList();
        if (clean.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (headers == null) {
            headerRow = rowNumber;
            headers = clean;
            return;
        }
        if (rows.size() == maxRows) {
            throw new TooManyRows();
        }
        rows.add(new Sheet.Row(rowNumber, clean));
    }

    Sheet sheet(String name) {
        if (headers == null || rows.isEmpty()) {
            throw ImportError.EMPTY_FILE.file(
                    "The file has no header row or no data rows", Map.of());
        }
        return new Sheet(name, headerRow, headers, rows);
    }

    /**
     * Trims ordinary and non-breaking spaces, which Excel users paste in from the web, and drops
     * the apostrophe that an export puts before text Excel would take for a formula.
     */
    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.replace('\u00A0', ' ').strip();
        return text.startsWith("'") && looksLikeFormula(text.substring(1))
                ? text.substring(1)
                : text;
    }

    /** Text a spreadsheet would evaluate: it starts with =, +, -, @ (and is not a number). */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !text.matches("[-+]?\\d+([.,]\\d+)?");
    }
}
