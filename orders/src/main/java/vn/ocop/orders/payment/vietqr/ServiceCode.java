package vn.ocop.orders.payment.vietqr;

import java.util.Arrays;

/** The NAPAS 247 transfer service a VietQR code asks for (tag 38, sub-field 02). */
public enum ServiceCode {
    /** Fast transfer to a bank account. */
    ACCOUNT("QRIBFTTA"),
    /** Fast transfer to a card number. */
    CARD("QRIBFTTC");

    private final String code;

    ServiceCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ServiceCode fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(
                        () ->
                                new VietQrException(
                                        VietQrError.UNSUPPORTED_VALUE,
                                        "Unknown NAPAS service code '" + code + "'"));
    }
}
