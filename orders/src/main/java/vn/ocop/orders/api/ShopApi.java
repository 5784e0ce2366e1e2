package vn.ocop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * What the storefront's shop pages need from orders: the cart, checkout, the buyer's orders and
 * VietQR payment, and a producer's fulfilments. Every method applies the same rules as the REST API
 * ({@code /api/v1/cart}, {@code /api/v1/orders}, {@code /api/v1/producer/orders}) because it calls
 * the same services; refusals are {@link vn.ocop.kernel.DomainException}s with {@link OrdersError}
 * codes and field violations.
 */
public interface ShopApi {

    /** The cart priced now; {@code guestCartId} is the guest cart to keep in a cookie, if any. */
    Cart cart(UUID account, UUID guestCartId);

    Cart add(UUID account, UUID guestCartId, String sku, long quantity);

    /** Sets a line's quantity; 0 removes it. */
    Cart setQuantity(UUID account, UUID guestCartId, String sku, long quantity);

    /** The fee for home delivery of the cart to a province, empty when no band applies. */
    OptionalLong deliveryFee(UUID account, UUID guestCartId, String provinceCode);

    /** Payment methods and pickup points to offer at checkout. */
    CheckoutOptions checkoutOptions();

    /**
     * Places the cart as an order. The same {@code idempotencyKey} (per buyer) returns the first
     * order instead of placing another.
     */
    Order place(UUID account, UUID guestCartId, CheckoutForm form, String idempotencyKey);

    /** The consumer's orders, newest first (without history). */
    List<Order> orders(UUID account);

    /** One of the consumer's orders with its history; {@link OrdersError#ORDER_NOT_FOUND} else. */
    Order order(UUID account, String number);

    /**
     * An order found by its number and the phone given at checkout, as a guest tracks it without an
     * account; {@link OrdersError#ORDER_NOT_FOUND} when either does not match.
     */
    Order track(String number, String phone);

    /** The VietQR transfer of one of the consumer's orders. */
    VietQr vietQr(UUID account, String number);

    /**
     * Starts a card payment (Stripe Checkout) for one of the consumer's unpaid card orders and
     * returns the URL to send the buyer to; refused when card payments are not configured.
     */
    String cardCheckout(UUID account, String number, java.util.Locale locale);

    /** Orders holding a fulfilment of the member's producer, only that producer's part shown. */
    List<Order> fulfilments(Caller producerMember);

    /**
     * Packs or ships (with a tracking number) a fulfilment; {@link OrdersError#NOT_YOURS} for
     * another producer's.
     */
    Order fulfil(Caller caller, String number, UUID fulfilmentId, Action action, String tracking);

    /** What a producer does to a fulfilment from the page. */
    enum Action {
        PACK,
        SHIP
    }

    /** A cart; {@code guestCartId} is null for an account's cart. */
    record Cart(UUID guestCartId, List<CartLine> lines, long goodsVnd) {
        public boolean empty() {
            return lines.isEmpty();
        }

        /** The lines grouped by producer, in order of first appearance. */
        public List<ProducerLines> byProducer() {
            var groups = new java.util.LinkedHashMap<UUID, List<CartLine>>();
            for (CartLine l : lines) {
                groups.computeIfAbsent(l.producerId(), k -> new java.util.ArrayList<>()).add(l);
            }
            return groups.values().stream()
                    .map(
                            ls ->
                                    new ProducerLines(
                                            ls.get(0).producerId(), ls.get(0).producerName(), ls))
                    .toList();
        }
    }

    /** One producer's lines in a cart. */
    record ProducerLines(UUID producerId, String producerName, List<CartLine> lines) {}

    /**
     * A cart line; {@code available} is false (with the refusal code in {@code reason}) when the
     * variant can no longer be bought, and then the prices and producer may be null.
     */
    record CartLine(
            String sku,
            String name,
            UUID producerId,
            String producerName,
            long quantity,
            Long unitPriceVnd,
            Long amountVnd,
            boolean available,
            String reason) {}

    /** A payment method and, when it cannot be chosen now, why not. */
    record PaymentChoice(String method, boolean available) {}

    /** An open sale point for pickup. */
    record PickupPoint(UUID id, String name, String provinceCode, String commune, String street) {}

    record CheckoutOptions(List<PaymentChoice> payments, List<PickupPoint> pickupPoints) {}

    /**
     * A checkout as typed: {@code delivery} HOME or PICKUP; {@code paymentMethod} COD, VIETQR or
     * CARD.
     */
    record CheckoutForm(
            String recipientName,
            String phone,
            String email,
            String delivery,
            String provinceCode,
            String commune,
            String street,
            UUID salePointId,
            String paymentMethod) {}

    record Order(
            String number,
            String status,
            String paymentMethod,
            boolean paid,
            long goodsVnd,
            long deliveryFeeVnd,
            long totalVnd,
            Instant placedAt,
            Instant reservedUntil,
            String recipientName,
            String recipientPhone,
            String delivery,
            String provinceCode,
            String commune,
            String street,
            UUID pickupSalePointId,
            List<Fulfilment> fulfilments,
            List<Step> history) {}

    record Fulfilment(
            UUID id,
            UUID producerId,
            String producerName,
            String status,
            String trackingNumber,
            long goodsVnd,
            List<Line> lines) {}

    record Line(String sku, String name, long unitPriceVnd, long quantity, long amountVnd) {}

    /** A status change; {@code fulfilmentId} null for the whole order. */
    record Step(UUID fulfilmentId, String from, String to, Instant at) {}

    /**
     * A VietQR transfer: {@code payload} is the EMVCo string of the QR symbol, {@code status}
     * AWAITING_PAYMENT, PAID or CLOSED.
     */
    record VietQr(
            String orderNumber,
            String payload,
            long amountVnd,
            String bankBin,
            String accountNumber,
            String accountName,
            String transferContent,
            String status,
            Instant reservedUntil) {
        public boolean paid() {
            return "PAID".equals(status);
        }
    }
}
