package vn.ocop.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as UTF-8 CSV with the byte-order mark, so that Excel opens Vietnamese text correctly;
 * numbers without separators and dates in ISO form, so that any program reads them back. Text that
 * Excel would take for a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe, so that a
 * producer's description cannot run in the office's spreadsheet; the importers drop it again.
 */
final class CsvExport {

    private CsvExport() {}

    static byte[] write(Workbooks.Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            csv.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object cell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof String text && RowCollector.looksLikeFormula(text)) {
            return "'" + text;
        }
        return value;
    }
}
