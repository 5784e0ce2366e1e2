package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.List;

/**
 * One component of an AI's value as the syntax dictionary specifies it, e.g. {@code N13,csum} (13
 * digits with a check digit) or {@code [X..17]} (up to 17 characters of set 82, optional).
 *
 * @param charset N (digits), X (GS1 character set 82), Y (set 39) or Z (set 64, base64url)
 */
record AiComponent(char charset, int min, int max, boolean optional, List<Linter> linters) {

    /** Reads a specification token such as {@code N14,csum,gcppos2} or {@code [N3],iso3166}. */
    static AiComponent parse(String token) {
        boolean optional = token.startsWith("[");
        String[] parts = token.replace("[", "").replace("]", "").split(",");
        String type = parts[0];
        char charset = type.charAt(0);
        if ("NXYZ".indexOf(charset) < 0) {
            throw new IllegalArgumentException("Unknown character set in " + token);
        }
        int min;
        int max;
        if (type.startsWith("..", 1)) {
            min = 1;
            max = Integer.parseInt(type.substring(3));
        } else {
            min = Integer.parseInt(type.substring(1));
            max = min;
        }
        List<Linter> linters = new ArrayList<>();
        linters.add(Linter.forCharset(charset));
        for (int i = 1; i < parts.length; i++) {
            linters.add(Linter.named(parts[i]));
        }
        return new AiComponent(charset, min, max, optional, List.copyOf(linters));
    }
}
