package vn.ocop.orders.payment.vietqr;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/** Why a VietQR payload was refused (reading: 400) or could not be written for a request (422). */
public enum VietQrError implements ErrorCode {
    CRC_MISSING(
            "crc-missing", "The payload does not end with a CRC field (63)", ProblemKind.MALFORMED),
    CRC_MISMATCH(
            "crc-mismatch", "The payload's CRC does not match its content", ProblemKind.MALFORMED),
    MALFORMED_TLV("malformed-tlv", "A field ID or length is not two digits", ProblemKind.MALFORMED),
    TRUNCATED("truncated", "A field runs past the end of the payload", ProblemKind.MALFORMED),
    TEMPLATE_LENGTH_MISMATCH(
            "template-length-mismatch",
            "The fields inside a template do not fill its stated length",
            ProblemKind.MALFORMED),
    DUPLICATE_FIELD("duplicate-field", "A field occurs twice", ProblemKind.MALFORMED),
    MISSING_FIELD("missing-field", "A mandatory field is missing", ProblemKind.MALFORMED),
    UNKNOWN_FIELD(
            "unknown-field", "A NAPAS template holds an unknown field", ProblemKind.MALFORMED),
    UNSUPPORTED_VALUE(
            "unsupported-value",
            "A field holds a value that is not NAPAS VietQR in VND for Vietnam",
            ProblemKind.MALFORMED),
    INVALID_AMOUNT(
            "invalid-amount",
            "The amount must be a positive whole number of VND",
            ProblemKind.INVALID),
    INVALID_FIELD("invalid-field", "A field value is not allowed", ProblemKind.INVALID),
    FIELD_TOO_LONG(
            "field-too-long", "A field value is longer than 99 characters", ProblemKind.INVALID);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    VietQrError(String code, String title, ProblemKind kind) {
        this.code = "orders.vietqr-" + code;
        this.title = title;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }
}
