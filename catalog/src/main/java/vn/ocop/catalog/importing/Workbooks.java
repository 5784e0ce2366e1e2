package vn.ocop.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables into .xlsx workbooks with POI's streaming writer: bold headers (required ones
 * shaded), frozen header row, text kept as text (a GTIN keeps its leading zero), prices and scores
 * as numbers and dates as dates, so the office can sort and sum in Excel.
 */
final class Workbooks {

    private Workbooks() {}

    /** A sheet to write: its name, headers (with which are required) and rows of values. */
    record Table(
            String name, List<String> headers, List<Boolean> required, List<List<Object>> rows) {}

    static byte[] write(List<Table> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                write(workbook.createSheet(table.name()), table, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, Table table, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(table.headers().get(i));
            cell.setCellStyle(table.required().get(i) ? styles.required : styles.header);
            sheet.setColumnWidth(
                    i, 256 * Math.max(12, Math.min(48, table.headers().get(i).length() + 4)));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Long number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(styles.whole);
                } else if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.decimal);
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(styles.text);
                }
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle required;
        final CellStyle text;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            required = workbook.createCellStyle();
            required.setFont(bold);
            required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            var formats = workbook.createDataFormat();
            text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            whole = workbook.createCellStyle();
            whole.setDataFormat(formats.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.0#"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
        }
    }
}
