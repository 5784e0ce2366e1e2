package vn.ocop.orders.payment.vietqr;

import java.util.ArrayList;
import java.util.List;

/**
 * One EMVCo data object: a two-digit ID, a two-digit length and that many characters of value.
 * Templates (38, 38/01, 62) hold further data objects in their value.
 */
record Tlv(String tag, String value) {

    static final int MAX_LENGTH = 99;

    /** Writes {@code ID LL value}; a value longer than 99 characters cannot be written. */
    static String write(String tag, String value, String field) {
        if (value.length() > MAX_LENGTH) {
            throw new VietQrException(
                    VietQrError.FIELD_TOO_LONG,
                    field + " has " + value.length() + " characters; at most 99 fit");
        }
        return tag + String.format("%02d", value.length()) + value;
    }

    /**
     * Reads a sequence of data objects that must fill {@code data} exactly.
     *
     * @param template the template being read, or {@code null} for the payload itself; a length
     *     overrun inside a template means the template's own length is wrong
     */
    static List<Tlv> parse(String data, String template) {
        List<Tlv> result = new ArrayList<>();
        int p = 0;
        while (p < data.length()) {
            if (data.length() - p < 4) {
                throw overrun(template, "a field header is cut off at position " + (p + 1));
            }
            String tag = data.substring(p, p + 2);
            String length = data.substring(p + 2, p + 4);
            if (!isTwoDigits(tag) || !isTwoDigits(length)) {
                throw new VietQrException(
                        VietQrError.MALFORMED_TLV,
                        where(template)
                                + "'"
                                + tag
                                + length
                                + "' at position "
                                + (p + 1)
                                + " is not an ID and a length");
            }
            int end = p + 4 + Integer.parseInt(length);
            if (end > data.length()) {
                throw overrun(template, "field " + tag + " needs " + length + " characters");
            }
            String value = data.substring(p + 4, end);
            if (result.stream().anyMatch(t -> t.tag.equals(tag))) {
                throw new VietQrException(
                        VietQrError.DUPLICATE_FIELD,
                        where(template) + "field " + tag + " occurs twice");
            }
            result.add(new Tlv(tag, value));
            p = end;
        }
        return result;
    }

    private static VietQrException overrun(String template, String problem) {
        return template == null
                ? new VietQrException(VietQrError.TRUNCATED, "Payload truncated: " + problem)
                : new VietQrException(
                        VietQrError.TEMPLATE_LENGTH_MISMATCH,
                        "Template " + template + " does not hold its fields: " + problem);
    }

    private static String where(String template) {
        return template == null ? "" : "In template " + template + ", ";
    }

    private static boolean isTwoDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
