package vn.ocop.catalog.importing;

import java.util.List;

/**
 * A spreadsheet as the importers see it: its header row and its non-blank data rows, every cell as
 * trimmed text. Row numbers are those the office sees in Excel (the header is usually row 1).
 */
public record Sheet(String name, int headerRow, List<String> headers, List<Row> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell's text, empty when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }
}
