package vn.ocop.orders.payment;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/**
 * Everything payments refuse, with a stable code per reason. Titles here are English fallbacks;
 * {@code i18n/orders-payments_vi} and {@code _en} translate them.
 */
public enum PaymentError implements ErrorCode {
    ORDER_NOT_FOUND("payments.order-not-found", "Order not found", ProblemKind.NOT_FOUND),
    PAYMENT_NOT_FOUND("payments.payment-not-found", "Payment not found", ProblemKind.NOT_FOUND),
    WRONG_METHOD(
            "payments.wrong-method", "The order is not paid by this method", ProblemKind.CONFLICT),
    NOT_AWAITING_PAYMENT(
            "payments.not-awaiting-payment",
            "The order is not awaiting payment",
            ProblemKind.CONFLICT),
    ALREADY_SETTLED("payments.already-settled", "The order is already paid", ProblemKind.CONFLICT),
    NOT_REFUNDABLE(
            "payments.not-refundable", "This payment cannot be refunded", ProblemKind.CONFLICT),
    CARD_NOT_CONFIGURED(
            "payments.card-not-configured",
            "Card payments are not configured",
            ProblemKind.UNAVAILABLE),
    BANK_NOT_CONFIGURED(
            "payments.bank-not-configured",
            "Bank transfer payments are not configured",
            ProblemKind.UNAVAILABLE),
    PROVIDER_FAILED(
            "payments.provider-failed",
            "The payment provider refused the request or could not be reached",
            ProblemKind.UNAVAILABLE),
    BAD_SIGNATURE(
            "payments.bad-signature",
            "The notification's signature is missing or wrong",
            ProblemKind.UNAUTHENTICATED),
    MALFORMED_NOTIFICATION(
            "payments.malformed-notification",
            "The notification could not be read",
            ProblemKind.MALFORMED),
    INVALID_FIELD("payments.invalid-field", "Invalid value", ProblemKind.INVALID),
    INVALID_STATEMENT(
            "payments.invalid-statement",
            "The bank statement file could not be read",
            ProblemKind.INVALID);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    PaymentError(String code, String title, ProblemKind kind) {
        this.code = code;
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
