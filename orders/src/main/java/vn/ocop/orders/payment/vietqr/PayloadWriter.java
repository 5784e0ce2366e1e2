package vn.ocop.orders.payment.vietqr;

import vn.ocop.kernel.Money;

/** Writes a {@link VietQrRequest} as a payload: fields in EMVCo order, lengths, CRC last. */
final class PayloadWriter {

    static final String NAPAS_GUID = "A000000727";
    static final String CURRENCY_VND = "704";
    static final String COUNTRY_VN = "VN";
    private static final int MAX_AMOUNT_DIGITS = 13;

    private PayloadWriter() {}

    static String write(VietQrRequest request) {
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
        String purpose = request.purpose() == null ? "" : VietQr.asciiPurpose(request.purpose());
        if (!purpose.isEmpty()) {
            additional.append(Tlv.write("08", purpose, "Purpose"));
        }
        return additional.toString();
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

    private static String requireDigits(String value, int min, int max, String name) {
        if (!value.matches("[0-9]{" + min + "," + max + "}")) {
            throw invalid(name + " must be " + (min == max ? min : min + " to " + max) + " digits");
        }
        return value;
    }

    private static VietQrException invalid(String detail) {
        return new VietQrException(VietQrError.INVALID_FIELD, detail);
    }
}
