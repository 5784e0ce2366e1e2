package vn.ocop.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.VietnameseText;

/**
 * Which column of the sheet holds which {@link Column}. Headers are compared folded and without
 * punctuation, so "Giá (VNĐ)", "gia vnd" and "Price (VND)" all find the price; unknown headers are
 * ignored (an export carries more columns than an importer reads).
 */
final class HeaderMap {

    private final Map<String, Integer> indexByKey;
    private final List<Column> missing;
    private final List<Column> duplicated;

    private HeaderMap(Map<String, Integer> index, List<Column> missing, List<Column> duplicated) {
        this.indexByKey = index;
        this.missing = missing;
        this.duplicated = duplicated;
    }

    static HeaderMap match(List<String> headers, List<Column> columns, ImportMessages messages) {
        Map<String, Column> byName = names(columns, messages);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Column> duplicated = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            Column column = byName.get(normalise(headers.get(i)));
            if (column != null && index.putIfAbsent(column.key(), i) != null) {
                duplicated.add(column);
            }
        }
        List<Column> missing =
                columns.stream().filter(c -> c.required() && !index.containsKey(c.key())).toList();
        return new HeaderMap(index, missing, duplicated);
    }

    /**
     * The sheet with its real header row. Offices often put a title ("DANH SÁCH SẢN PHẨM OCOP NĂM
     * 2025") and a blank line above the table; the header is the row, among the first ten, that
     * names the most columns of the import.
     */
    static Sheet withHeaderRow(Sheet sheet, List<Column> columns, ImportMessages messages) {
        Map<String, Column> byName = names(columns, messages);
        Sheet chosen = sheet;
        long best = known(sheet.headers(), byName);
        int candidates = Math.min(10, sheet.rows().size());
        for (int i = 0; i < candidates; i++) {
            Sheet.Row row = sheet.rows().get(i);
            long known = known(row.cells(), byName);
            if (known > best) {
                best = known;
                chosen =
                        new Sheet(
                                sheet.name(),
                                row.number(),
                                row.cells(),
                                sheet.rows().subList(i + 1, sheet.rows().size()));
            }
        }
        return chosen;
    }

    private static long known(List<String> cells, Map<String, Column> byName) {
        return cells.stream()
                .map(c -> byName.get(normalise(c)))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .count();
    }

    private static Map<String, Column> names(List<Column> columns, ImportMessages messages) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : columns) {
            for (String name : messages.columnNames(column)) {
                byName.putIfAbsent(normalise(name), column);
            }
        }
        return byName;
    }

    /** Folded, letters and digits only: "Giá (VNĐ)" → "giavnd". */
    static String normalise(String header) {
        return VietnameseText.fold(header).replaceAll("[^a-z0-9]", "");
    }

    boolean has(String key) {
        return indexByKey.containsKey(key);
    }

    /** The row's text in the column, empty when the sheet has no such column. */
    String cell(Sheet.Row row, String key) {
        Integer index = indexByKey.get(key);
        return index == null ? "" : row.cell(index);
    }

    /** The header as the file writes it, for reports. */
    String header(Sheet sheet, String key) {
        Integer index = indexByKey.get(key);
        return index == null ? null : sheet.headers().get(index);
    }

    List<Column> missing() {
        return missing;
    }

    List<Column> duplicated() {
        return duplicated;
    }
}
