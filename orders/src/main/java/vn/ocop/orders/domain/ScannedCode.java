package vn.ocop.orders.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sale point's scanner read: a GS1 Digital Link URI ({@code https://host/01/<GTIN>/10/<lot>
 * [/21/<serial>]}, any host, optional path prefix), a GS1 element string ({@code
 * (01)<GTIN>(10)<lot>}) or a bare GTIN. Only the keys a sale needs are taken; full Digital Link
 * validation stays in traceability.
 */
public record ScannedCode(String gtin, String lot, String serial) {

    private static final Pattern GTIN = Pattern.compile("[0-9]{8}|[0-9]{12,14}");
    private static final Pattern ELEMENTS =
            Pattern.compile(
                    "\\(01\\)([0-9]{14})(?:\\(10\\)([^()]{1,20}))?(?:\\(21\\)([^()]{1,20}))?");

    public static Optional<ScannedCode> parse(String scanned) {
        if (scanned == null) return Optional.empty();
        String s = scanned.strip();
        if (GTIN.matcher(s).matches()) return Optional.of(new ScannedCode(s, null, null));
        Matcher m = ELEMENTS.matcher(s);
        if (m.matches()) return Optional.of(new ScannedCode(m.group(1), m.group(2), m.group(3)));
        if (!s.startsWith("http://") && !s.startsWith("https://")) return Optional.empty();
        try {
            String path = new URI(s).getRawPath();
            if (path == null) return Optional.empty();
            String[] parts = path.split("/");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (!parts[i].equals("01") || !GTIN.matcher(parts[i + 1]).matches()) continue;
                String gtin = parts[i + 1];
                String lot = null;
                String serial = null;
                for (int j = i + 2; j + 1 < parts.length; j += 2) {
                    String value = URLDecoder.decode(parts[j + 1], StandardCharsets.UTF_8);
                    if (parts[j].equals("10")) lot = value;
                    else if (parts[j].equals("21")) serial = value;
                    else if (parts[j].equals("22") || parts[j].equals("235")) continue;
                    else return Optional.empty();
                }
                return Optional.of(new ScannedCode(gtin, lot, serial));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
