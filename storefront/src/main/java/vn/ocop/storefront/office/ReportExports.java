package vn.ocop.storefront.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report as a CSV file (UTF-8 with a BOM, so that Excel reads the diacritics) or a workbook. */
final class ReportExports {

    private ReportExports() {}

    static byte[] csv(Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(cell(report.labelHeader()));
        report.columns().forEach(c -> out.append(',').append(cell(c)));
        out.append("\r\n");
        for (Report.Row row : report.rows()) {
            out.append(cell(row.label()));
            row.values().forEach(v -> out.append(',').append(v));
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted when needed; a leading formula character is defused (CSV injection). */
    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static byte[] xlsx(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.key()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(report.title());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue(report.labelHeader());
            for (int c = 0; c < report.columns().size(); c++) {
                header.createCell(c + 1).setCellValue(report.columns().get(c));
            }
            header.forEach(cell -> cell.setCellStyle(bold));
            int r = 2;
            for (Report.Row row : report.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.label());
                for (int c = 0; c < row.values().size(); c++) {
                    line.createCell(c + 1).setCellValue(row.values().get(c));
                }
            }
            for (int c = 0; c <= report.columns().size(); c++) {
                sheet.setColumnWidth(c, 256 * (c == 0 ? 36 : 18));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
