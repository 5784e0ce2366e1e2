package vn.ocop.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.ocop.kernel.VietnameseText;

/**
 * Reads one sheet of an .xlsx workbook with POI's streaming (SAX) reader, so a 20,000-row file does
 * not become 20,000 row objects in POI's memory model first.
 */
final class XlsxReader {

    static {
        // A sheet of 20,000 rows is a few tens of MB of XML; anything far bigger is a zip bomb.
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private XlsxReader() {}

    /**
     * @param preferredSheets sheet names to read, in order (compared folded); else the first sheet
     * @throws Exception anything POI or the XML parser throws for a file that is not a workbook
     */
    static Sheet read(byte[] content, List<String> preferredSheets, RowCollector rows)
            throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            String chosen = chooseSheet(reader, preferredSheets);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!sheets.getSheetName().equals(chosen)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(
                                    reader.getStylesTable(),
                                    null,
                                    strings,
                                    new Rows(rows),
                                    new PlainFormatter(),
                                    false));
                    parser.parse(new InputSource(sheet));
                    return rows.sheet(chosen);
                }
            }
        }
        throw new IllegalStateException("The workbook has no sheet");
    }

    private static String chooseSheet(XSSFReader reader, List<String> preferred) throws Exception {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            sheets.next().close();
            names.add(sheets.getSheetName());
        }
        for (String wanted : preferred) {
            for (String name : names) {
                if (VietnameseText.fold(name).equals(VietnameseText.fold(wanted))) {
                    return name;
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("The workbook has no sheet");
        }
        return names.get(0);
    }

    /** Collects cells by their column letter, so that skipped empty cells stay in place. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowCollector rows;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        Rows(RowCollector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNumber, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /**
     * Numbers as their plain digits rather than as Excel displays them: a GTIN typed as a number is
     * "8935049500018", not "8.93505E+12"; a price is "120000" whatever its thousands separators.
     * Dates become ISO dates.
     */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? time.toLocalDate().toString()
                        : time.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
