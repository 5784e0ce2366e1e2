package vn.ocop.orders.payment.vietqr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.kernel.Money;
import vn.ocop.kernel.VietnameseText;

/**
 * Writes and reads EMVCo merchant-presented QR payloads for NAPAS VietQR bank transfers: format 01,
 * static (11) or dynamic (12), merchant account template 38 (GUID {@code A000000727}, beneficiary
 * bank BIN and account or card, service {@code QRIBFTTA}/{@code QRIBFTTC}), currency 704, amount,
 * country VN, additional data 62 (bill number 01, purpose 08) and CRC 63.
 *
 * <p><b>Text rule.</b> NAPAS carries the purpose as ASCII and banks show it as the transfer
 * description. A Vietnamese description is therefore folded with {@link VietnameseText#fold}
 * (diacritics removed, đ→d, lower case, whitespace collapsed) and then reduced to letters, digits,
 * space, {@code -} and {@code .}; anything else is dropped. The bill number is the order reference
 * that reconciliation matches on, so it is never altered: it must already be printable ASCII.
 */
public final class VietQr {

    static final String NAPAS_GUID = "A000000727";
    static final String CURRENCY_VND = "704";
    static final String COUNTRY_VN = "VN";
    private static final int MAX_AMOUNT_DIGITS = 13;

    private VietQr() {}

    /** The payload string to encode in the QR symbol, CRC included. */
    public static String generate(VietQrRequest request) {
        requireDigits(request.bankBin(), 6, 6, "Bank BIN");
        if (request.service() == ServiceCode.CARD) {
            requireDigits(request.beneficiary(), 1, 19, "Card number");
        } else if (!request.beneficiary().matches("[A-Za-z0-9]{1,19}")) {
            throw invalid("Account number must be 1 to 19 letters or digits");
        }
        String beneficiaryOrganisation =
                Tlv.write("00", request.bankBin(), "Bank BIN")
                        + Tlv.write("01", request.beneficiary(), "Beneficiary");
        String merchantAccount =
                Tlv.write("00", NAPAS_GUID, "GUID")
                        + Tlv.write("01", beneficiaryOrganisation, "Beneficiary organisation")
                        + Tlv.write("02", request.service().code(), "Service code");
        StringBuilder payload = new StringBuilder();
        payload.append(Tlv.write("00", "01", "Payload format"));
        payload.append(Tlv.write("01", request.initiation().code(), "Point of initiation"));
        payload.append(Tlv.write("38", merchantAccount, "Merchant account information"));
        payload.append(Tlv.write("53", CURRENCY_VND, "Currency"));
        if (request.amount() != null) {
            payload.append(Tlv.write("54", amountText(request.amount()), "Amount"));
        }
        payload.append(Tlv.write("58", COUNTRY_VN, "Country"));
        String additional = additionalData(request);
        if (!additional.isEmpty()) {
            payload.append(
                    Tlv.write("62", additional, "Additional data (bill number and purpose)"));
        }
        payload.append("6304");
        return payload.append(Crc16.of(payload.toString())).toString();
    }

    private static String additionalData(VietQrRequest request) {
        StringBuilder additional = new StringBuilder();
        if (request.billNumber() != null && !request.billNumber().isEmpty()) {
            if (!request.billNumber().matches("[\\x20-\\x7E]+")) {
                throw invalid("Bill number must be printable ASCII: " + request.billNumber());
            }
            additional.append(Tlv.write("01", request.billNumber(), "Bill number"));
        }
        String purpose = request.purpose() == null ? "" : asciiPurpose(request.purpose());
        if (!purpose.isEmpty()) {
            additional.append(Tlv.write("08", purpose, "Purpose"));
        }
        return additional.toString();
    }

    /** The transfer description as NAPAS carries it (see the text rule above). */
    public static String asciiPurpose(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder kept = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            boolean allowed =
                    (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == ' '
                            || c == '-'
                            || c == '.';
            if (allowed) {
                kept.append(c);
            }
        }
        return kept.toString().replaceAll(" +", " ").trim();
    }

    private static String amountText(Money amount) {
        if (amount.vnd() <= 0) {
            throw new VietQrException(
                    VietQrError.INVALID_AMOUNT, "A payment amount must be positive: " + amount);
        }
        String text = Long.toString(amount.vnd());
        if (text.length() > MAX_AMOUNT_DIGITS) {
            throw new VietQrException(VietQrError.INVALID_AMOUNT, "Amount too large: " + amount);
        }
        return text;
    }

    /**
     * Verifies the CRC and every length, then reads the fields.
     *
     * @throws VietQrException when the CRC is wrong, a length does not add up, a mandatory field is
     *     missing or holds a value other than NAPAS VietQR in VND for Vietnam
     */
    public static VietQrPayload parse(String payload) {
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
        if (!NAPAS_GUID.equals(account.get("00"))) {
            throw unsupported("Template 38 must carry the NAPAS GUID " + NAPAS_GUID);
        }
        requireEqual(top, "53", CURRENCY_VND, "Currency");
        requireEqual(top, "58", COUNTRY_VN, "Country");
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
                .collect(
                        Collectors.toMap(
                                Tlv::tag, Tlv::value, (a, b) -> a, java.util.LinkedHashMap::new));
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

    private static String requireDigits(String value, int min, int max, String name) {
        if (!value.matches("[0-9]{" + min + "," + max + "}")) {
            throw invalid(name + " must be " + (min == max ? min : min + " to " + max) + " digits");
        }
        return value;
    }

    private static VietQrException invalid(String detail) {
        return new VietQrException(VietQrError.INVALID_FIELD, detail);
    }

    private static VietQrException unsupported(String detail) {
        return new VietQrException(VietQrError.UNSUPPORTED_VALUE, detail);
    }
}
