package vn.ocop.orders.api;

import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * Everything the orders module refuses, one stable code per reason. Titles are English fallbacks;
 * {@code i18n/orders_vi.properties} and {@code _en} translate them.
 */
public enum OrdersError implements ErrorCode {
    INVALID_FIELD("orders.invalid-field", "Invalid value", ProblemKind.INVALID),
    UNKNOWN_PROVINCE("orders.unknown-province", "Unknown province", ProblemKind.INVALID),
    UNKNOWN_VARIANT("orders.unknown-variant", "No such product variant", ProblemKind.INVALID),
    NOT_PUBLISHED(
            "orders.not-published", "The product is not published for sale", ProblemKind.INVALID),
    CERTIFICATE_NOT_VALID(
            "orders.certificate-not-valid",
            "The product's OCOP certificate is not valid",
            ProblemKind.INVALID),
    TOBACCO_NOT_SOLD_ONLINE(
            "orders.tobacco-not-sold-online", "Tobacco is not sold online", ProblemKind.INVALID),
    BOOKING_DATE_REQUIRED(
            "orders.booking-date-required", "A service needs a booking date", ProblemKind.INVALID),
    BATCH_NOT_SELLABLE(
            "orders.batch-not-sellable",
            "This batch may not be sold (recalled, expired or unknown)",
            ProblemKind.INVALID),
    OUT_OF_STOCK("orders.out-of-stock", "Not enough stock", ProblemKind.CONFLICT),
    NO_DELIVERY_FEE(
            "orders.no-delivery-fee",
            "No home delivery for this province and weight",
            ProblemKind.INVALID),
    EMPTY_ORDER("orders.empty-order", "An order needs at least one line", ProblemKind.INVALID),
    IDEMPOTENCY_KEY_REUSED(
            "orders.idempotency-key-reused",
            "This Idempotency-Key was used with a different request",
            ProblemKind.CONFLICT),
    INVALID_TRANSITION(
            "orders.invalid-transition",
            "Not possible in the order's current state",
            ProblemKind.CONFLICT),
    ORDER_NOT_FOUND("orders.order-not-found", "Order not found", ProblemKind.NOT_FOUND),
    FULFILMENT_NOT_FOUND(
            "orders.fulfilment-not-found", "Fulfilment not found", ProblemKind.NOT_FOUND),
    SALE_POINT_NOT_FOUND(
            "orders.sale-point-not-found", "Sale point not found", ProblemKind.NOT_FOUND),
    UNKNOWN_SALE_POINT("orders.unknown-sale-point", "No such sale point", ProblemKind.INVALID),
    LOCATION_NOT_FOUND(
            "orders.location-not-found", "Stock location not found", ProblemKind.NOT_FOUND),
    TRANSFER_NOT_FOUND("orders.transfer-not-found", "Transfer not found", ProblemKind.NOT_FOUND),
    CART_NOT_FOUND("orders.cart-not-found", "Cart not found", ProblemKind.NOT_FOUND),
    SALE_NOT_FOUND("orders.sale-not-found", "Sale not found", ProblemKind.NOT_FOUND),
    NOT_YOURS(
            "orders.not-yours",
            "You may act only for your own producer or sale point",
            ProblemKind.FORBIDDEN),
    NEGATIVE_STOCK(
            "orders.negative-stock",
            "Stock would fall below zero or below what is reserved",
            ProblemKind.CONFLICT);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    OrdersError(String code, String title, ProblemKind kind) {
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

    /** This refusal for one field. */
    public FieldViolation at(String field, String message) {
        return new FieldViolation(field, code, message);
    }

    /** This refusal for one field, as an exception. */
    public DomainException refuse(String field, String message) {
        return new DomainException(this, message, List.of(at(field, message)), Map.of());
    }

    /** An exception about no particular field (not found, conflict, forbidden). */
    public DomainException exception(String detail) {
        return new DomainException(this, detail);
    }
}
