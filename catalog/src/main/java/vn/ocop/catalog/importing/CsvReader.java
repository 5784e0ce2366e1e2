package vn.ocop.catalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file (with or without the byte-order mark Excel writes), separated by commas,
 * semicolons or tabs — whichever the table uses most.
 */
final class CsvReader {

    private CsvReader() {}

    /** The text, or null when the bytes are not UTF-8 text (a binary or legacy-encoded file). */
    static String decode(byte[] content) {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content))
                            .toString();
            if (text.indexOf('\0') >= 0) {
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Sheet read(String text, String name, RowCollector rows) throws IOException {
        CSVFormat format =
                CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(delimiter(text))
                        .setIgnoreEmptyLines(false)
                        .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add((int) record.getRecordNumber(), cells);
            }
        }
        return rows.sheet(name);
    }

    /**
     * The separator used most on one line among the first ten (a title line above the table has
     * none, so the header line decides).
     */
    private static char delimiter(String text) {
        List<String> lines = text.lines().limit(10).toList();
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count =
                    lines.stream()
                            .mapToLong(line -> line.chars().filter(c -> c == candidate).count())
                            .max()
                            .orElse(0);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
