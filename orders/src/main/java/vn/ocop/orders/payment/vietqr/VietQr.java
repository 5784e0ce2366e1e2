package vn.ocop.orders.payment.vietqr;

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

    private VietQr() {}

    /** The payload string to encode in the QR symbol, CRC included. */
    public static String generate(VietQrRequest request) {
        return PayloadWriter.write(request);
    }

    /**
     * Verifies the CRC and every length, then reads the fields.
     *
     * @throws VietQrException when the CRC is wrong, a length does not add up, a mandatory field is
     *     missing or holds a value other than NAPAS VietQR in VND for Vietnam
     */
    public static VietQrPayload parse(String payload) {
        return PayloadReader.read(payload);
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
}
