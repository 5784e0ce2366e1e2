package vn.ocop.traceability.digitallink;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of AI values in Digital Link path segments and query values. Only the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} stay as they are; in a query value a space is written
 * {@code +} and {@code +} reads as a space, while in a path {@code +} is a plus sign.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    static String encode(String value, boolean queryComponent) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else if (c == ' ' && queryComponent) {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %HH} sequences (a malformed one is copied as it is). Each decoded byte becomes
     * one character of the same value, so a byte outside ASCII stays visible to the character-set
     * check that follows rather than being silently replaced.
     *
     * @throws DigitalLinkException {@link DigitalLinkError#ILLEGAL_NUL} for {@code %00}
     */
    static String decode(String component, boolean queryComponent) {
        StringBuilder out = new StringBuilder(component.length());
        int length = component.length();
        for (int i = 0; i < length; i++) {
            char c = component.charAt(i);
            if (c == '%'
                    && i + 2 < length
                    && isHex(component.charAt(i + 1))
                    && isHex(component.charAt(i + 2))) {
                int decoded = Integer.parseInt(component.substring(i + 1, i + 3), 16);
                if (decoded == 0) {
                    throw new DigitalLinkException(
                            DigitalLinkError.ILLEGAL_NUL, "'%00' may not occur in an AI value");
                }
                out.append((char) decoded);
                i += 2;
            } else if (c == '+' && queryComponent) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
