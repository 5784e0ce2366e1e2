package vn.ocop.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files as offices make them: workbooks written with POI, CSV text with or without a BOM. */
final class Spreadsheets {

    private Spreadsheets() {}

    /** One sheet; a cell given as a Number is written as a numeric cell, anything else as text. */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated UTF-8 text; cells with a comma or quote are quoted. */
    static byte[] csv(boolean byteOrderMark, List<List<Object>> rows) {
        return csv(byteOrderMark, ',', rows);
    }

    static byte[] csv(boolean byteOrderMark, char separator, List<List<Object>> rows) {
        String text =
                rows.stream()
                        .map(
                                row ->
                                        row.stream()
                                                .map(c -> quote(c, separator))
                                                .collect(
                                                        Collectors.joining(
                                                                String.valueOf(separator))))
                        .collect(Collectors.joining("\r\n"));
        return ((byteOrderMark ? "\uFEFF" : "") + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(Object cell, char separator) {
        String text = cell == null ? "" : cell.toString();
        if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The sheets of a workbook as text, to check what a download holds. */
    static List<List<String>> read(byte[] xlsx, String sheetName) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError("No sheet " + sheetName);
            }
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
