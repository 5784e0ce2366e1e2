package vn.ocop.orders.payment.vietqr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.kernel.Money;

/**
 * Reads a payload: the CRC first, then every data object and template, which must fill their stated
 * lengths exactly; the NAPAS templates may hold only the fields NAPAS defines.
 */
final class PayloadReader {

    private PayloadReader() {}

    /**
     * Verifies the CRC and every length, then reads the fields.
     *
     * @throws VietQrException when the CRC is wrong, a length does not add up, a mandatory field is
     *     missing or holds a value other than NAPAS VietQR in VND for Vietnam
     */
    static VietQrPayload read(String payload) {
        if (payload == null
                || payload.length() < 8
                || !payload.startsWith("6304", payload.length() - 8)) {
            throw new VietQrException(
                    VietQrError.CRC_MISSING, "The payload must end with 6304 and a CRC");
        }
        String crc = payload.substring(payload.length() - 4);
        String expected = Crc16.of(payload.substring(0, payload.length() - 4));
        if (!expected.equalsIgnoreCase(crc)) {
            throw new VietQrException(
                    VietQrError.CRC_MISMATCH,
                    "CRC is " + crc + " but the content gives " + expected);
        }
        List<Tlv> fields = Tlv.parse(payload, null);
        if (!fields.get(0).tag().equals("00") || !fields.get(0).value().equals("01")) {
            throw unsupported("The payload must start with format indicator 00 = 01");
        }
        if (!fields.get(fields.size() - 1).tag().equals("63")) {
            throw new VietQrException(
                    VietQrError.CRC_MISSING, "The CRC (63) must be the last field");
        }
        Map<String, String> top = byTag(fields);
        Map<String, String> account = template(top, "38", Set.of("00", "01", "02"));
        Map<String, String> organisation = template(account, "01", Set.of("00", "01"), "38/01");
        if (!PayloadWriter.NAPAS_GUID.equals(account.get("00"))) {
            throw unsupported("Template 38 must carry the NAPAS GUID " + PayloadWriter.NAPAS_GUID);
        }
        requireEqual(top, "53", PayloadWriter.CURRENCY_VND, "Currency");
        requireEqual(top, "58", PayloadWriter.COUNTRY_VN, "Country");
        Map<String, String> additional =
                top.containsKey("62") ? byTag(Tlv.parse(top.get("62"), "62")) : Map.of();
        return new VietQrPayload(
                top.get("00"),
                initiation(required(top, "01", "Point of initiation")),
                account.get("00"),
                bankBin(required(organisation, "00", "Bank BIN (38/01/00)")),
                required(organisation, "01", "Account or card number (38/01/01)"),
                ServiceCode.fromCode(required(account, "02", "Service code (38/02)")),
                top.get("53"),
                top.containsKey("54") ? parseAmount(top.get("54")) : null,
                top.get("58"),
                additional.get("01"),
                additional.get("08"),
                crc);
    }

    private static Map<String, String> template(
            Map<String, String> parent, String tag, Set<String> known) {
        return template(parent, tag, known, tag);
    }

    private static Map<String, String> template(
            Map<String, String> parent, String tag, Set<String> known, String name) {
        String value = required(parent, tag, "Template " + name);
        Map<String, String> children = byTag(Tlv.parse(value, name));
        for (String child : children.keySet()) {
            if (!known.contains(child)) {
                throw new VietQrException(
                        VietQrError.UNKNOWN_FIELD,
                        "Template " + name + " holds unknown field " + child);
            }
        }
        return children;
    }

    private static Map<String, String> byTag(List<Tlv> fields) {
        return fields.stream()
                .collect(Collectors.toMap(Tlv::tag, Tlv::value, (a, b) -> a, LinkedHashMap::new));
    }

    private static String required(Map<String, String> fields, String tag, String name) {
        String value = fields.get(tag);
        if (value == null) {
            throw new VietQrException(
                    VietQrError.MISSING_FIELD, name + " (" + tag + ") is missing");
        }
        return value;
    }

    private static void requireEqual(
            Map<String, String> fields, String tag, String expected, String name) {
        if (!expected.equals(required(fields, tag, name))) {
            throw unsupported(name + " must be " + expected + ", not " + fields.get(tag));
        }
    }

    private static PointOfInitiation initiation(String code) {
        for (PointOfInitiation p : PointOfInitiation.values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw unsupported("Point of initiation must be 11 or 12, not " + code);
    }

    private static Money parseAmount(String text) {
        if (!text.matches("[1-9][0-9]{0,12}")) {
            throw new VietQrException(
                    VietQrError.INVALID_AMOUNT,
                    "Amount '" + text + "' is not a whole number of VND");
        }
        return Money.vnd(Long.parseLong(text));
    }

    private static String bankBin(String value) {
        if (!value.matches("[0-9]{6}")) {
            throw unsupported("Bank BIN must be six digits, not " + value);
        }
        return value;
    }

    private static VietQrException unsupported(String detail) {
        return new VietQrException(VietQrError.UNSUPPORTED_VALUE, detail);
    }
}
