package vn.ocop.storefront.office;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One report as a table: a label column and number columns. The page draws it as a chart (the
 * {@code charted} columns) with the same numbers in a table; exports write the table.
 *
 * @param key the report's path segment (stars, groups, provinces, sales, products, scans)
 * @param chartType a Chart.js type: bar or line
 */
public record Report(
        String key,
        String title,
        String labelHeader,
        List<String> columns,
        List<Row> rows,
        String chartType,
        List<Integer> charted) {

    /** One line of the table: its label and one number per column. */
    public record Row(String label, List<Long> values) {}

    /** What Chart.js is given: labels and one dataset per charted column. */
    @Serdeable
    public record Chart(String type, List<String> labels, List<Dataset> datasets) {}

    @Serdeable
    public record Dataset(String label, List<Long> data) {}

    public Chart chart() {
        List<String> labels = rows.stream().map(Row::label).toList();
        List<Dataset> datasets =
                charted.stream()
                        .map(
                                c ->
                                        new Dataset(
                                                columns.get(c),
                                                rows.stream().map(r -> r.values().get(c)).toList()))
                        .toList();
        return new Chart(chartType, labels, datasets);
    }

    /** Sum of one column. */
    public long total(int column) {
        return rows.stream().mapToLong(r -> r.values().get(column)).sum();
    }
}
