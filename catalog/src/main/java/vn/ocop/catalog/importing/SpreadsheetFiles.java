package vn.ocop.catalog.importing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.kernel.DomainException;

/**
 * Turns an uploaded file into a {@link Sheet}, or refuses it with a problem naming the {@code file}
 * field: empty, too large, neither .xlsx nor UTF-8 CSV (an old .xls, a PDF…), damaged, or longer
 * than the row limit. The format is told by the content, not by the name or the content type.
 */
@Singleton
public class SpreadsheetFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetFiles.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final int maxRows;
    private final long maxBytes;

    SpreadsheetFiles(
            @Value("${ocop.catalog.import.max-rows:20000}") int maxRows,
            @Value("${ocop.catalog.import.max-file-bytes:8388608}") long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * @param preferredSheets for a workbook, the sheets to read by name, in order of preference
     * @throws DomainException naming the {@code file} field when the file cannot be imported
     */
    public Sheet read(byte[] content, String fileName, List<String> preferredSheets) {
        if (content == null || content.length == 0) {
            throw ImportError.EMPTY_FILE.file("The file is empty", Map.of());
        }
        if (content.length > maxBytes) {
            throw ImportError.FILE_TOO_LARGE.file(
                    "The file has " + content.length + " bytes; at most " + maxBytes,
                    Map.of("maxMegabytes", maxBytes / (1024 * 1024)));
        }
        RowCollector rows = new RowCollector(maxRows);
        try {
            if (startsWith(content, ZIP)) {
                return XlsxReader.read(content, preferredSheets, rows);
            }
            if (startsWith(content, OLE2)) {
                throw ImportError.UNSUPPORTED_FILE.file(
                        "An Excel 97-2003 (.xls) file; save it as .xlsx", Map.of());
            }
            String text = CsvReader.decode(content);
            if (text == null) {
                throw ImportError.UNSUPPORTED_FILE.file(
                        "Neither an .xlsx workbook nor UTF-8 CSV text", Map.of());
            }
            return CsvReader.read(text, fileName == null ? "" : fileName, rows);
        } catch (DomainException refused) {
            throw refused;
        } catch (RowCollector.TooManyRows e) {
            throw ImportError.TOO_MANY_ROWS.file(
                    "More than " + maxRows + " data rows", Map.of("maxRows", maxRows));
        } catch (Exception e) {
            LOG.info("Unreadable import file {}: {}", fileName, e.toString());
            throw ImportError.UNREADABLE_FILE.file(
                    "The file is damaged or not a spreadsheet: " + e.getClass().getSimpleName(),
                    Map.of());
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
