package vn.ocop.catalog.importing;

import java.util.List;
import vn.ocop.bench.fuzz.Findings;

/**
 * Jazzer targets for the import file reader, {@link SpreadsheetFiles#read}: format sniffing, the
 * .xlsx streaming reader (POI SAX over the zip), UTF-8/BOM decoding, delimiter detection and the
 * CSV parser, header row detection and the row limit. No database is involved at this layer. Lives
 * in the importing package because the reader's constructor is package-private.
 */
public final class SpreadsheetImportFuzz {

    /** Same limits as production (20,000 rows, 8 MiB). */
    static final SpreadsheetFiles FILES = new SpreadsheetFiles(20_000, 8L * 1024 * 1024);

    static final List<String> SHEETS = List.of("Sản phẩm", "Products", "Chủ thể");

    private SpreadsheetImportFuzz() {}

    /** Any bytes, as an upload would be: the reader decides between xlsx and CSV. */
    static void read(byte[] content) {
        Findings.expectOnlyDocumentedRefusals(
                () -> {
                    Sheet sheet = FILES.read(content, "fuzz.csv", SHEETS);
                    for (Sheet.Row row : sheet.rows()) {
                        for (int i = 0; i <= sheet.headers().size(); i++) {
                            row.cell(i);
                        }
                    }
                });
    }

    /** CSV target: inputs that would be sniffed as a zip are turned into text. */
    public static final class Csv {
        private Csv() {}

        public static void fuzzerTestOneInput(byte[] content) {
            if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
                content[0] = 'p';
            }
            read(content);
        }
    }

    /** Xlsx target: every input is read as a workbook (the zip magic is forced). */
    public static final class Xlsx {
        private Xlsx() {}

        public static void fuzzerTestOneInput(byte[] content) {
            byte[] zip = content;
            if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
                zip = new byte[content.length + 4];
                zip[0] = 'P';
                zip[1] = 'K';
                zip[2] = 3;
                zip[3] = 4;
                System.arraycopy(content, 0, zip, 4, content.length);
            }
            read(zip);
        }
    }
}
