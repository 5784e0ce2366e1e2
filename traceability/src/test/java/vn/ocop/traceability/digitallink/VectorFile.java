package vn.ocop.traceability.digitallink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared conformance TSV file (see {@code vectors/SOURCE.md}): {@code #} lines are comments, the
 * first other line is the header, fields are split on TAB only and never trimmed.
 */
final class VectorFile {

    private VectorFile() {}

    static List<Map<String, String>> rows(String name) {
        List<String> lines = lines(name);
        String[] header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (header == null) {
                header = fields;
                continue;
            }
            if (fields.length != header.length) {
                throw new IllegalStateException(name + ": wrong field count in " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> lines(String name) {
        try (InputStream in = VectorFile.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource vectors/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <empty>} is the empty string; {@code \xHH} is one raw byte (a char of that value). */
    static String text(String field) {
        if (field.equals("<empty>")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            if (field.startsWith("\\x", i) && i + 4 <= field.length()) {
                out.append((char) Integer.parseInt(field.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.append(field.charAt(i));
            }
        }
        return out.toString();
    }

    /** The engine settings of a row's {@code options} column. */
    static DigitalLinkOptions options(String field) {
        boolean zeroSuppressed = false;
        boolean unknownAis = false;
        boolean unknownNotAttribute = true;
        for (String setting : field.isEmpty() ? new String[0] : field.split(";")) {
            switch (setting) {
                case "permitZeroSuppressedGTINinDLuris=true" -> zeroSuppressed = true;
                case "permitUnknownAIs=true" -> unknownAis = true;
                case "validation.UNKNOWN_AI_NOT_DL_ATTR=false" -> unknownNotAttribute = false;
                default -> throw new IllegalStateException("Unsupported option " + setting);
            }
        }
        return new DigitalLinkOptions(zeroSuppressed, unknownAis, unknownNotAttribute);
    }

    static String label(Map<String, String> row, String... columns) {
        StringBuilder label = new StringBuilder();
        for (String column : columns) {
            if (!label.isEmpty()) {
                label.append(" | ");
            }
            label.append(row.get(column));
        }
        return label.toString();
    }
}
