package vn.ocop.catalog.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a use case's input came from in the sheet, so that a refusal naming {@code
 * variants[1].gtin} is reported on the second variant's row, in the barcode column. A field not
 * listed is looked up by its parents ({@code variants[1]}, then {@code variants}); a refusal
 * without a field lands on the unit's first row and its fallback column.
 */
final class FieldSources {

    record Place(int row, String column) {}

    private final Map<String, Place> byField = new HashMap<>();
    private final int firstRow;
    private String fallbackColumn;

    FieldSources(int firstRow) {
        this.firstRow = firstRow;
    }

    FieldSources put(String field, int row, String column) {
        byField.put(field, new Place(row, column));
        return this;
    }

    /** The column blamed for refusals that name no field (set per step of a unit). */
    void fallbackColumn(String column) {
        this.fallbackColumn = column;
    }

    Place locate(String field) {
        String path = field == null ? "" : field;
        while (!path.isEmpty()) {
            Place place = byField.get(path);
            if (place != null) {
                return place;
            }
            path = parent(path);
        }
        return new Place(firstRow, fallbackColumn);
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
