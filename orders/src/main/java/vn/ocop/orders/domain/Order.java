package vn.ocop.orders.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.payment.PaymentMethod;

/**
 * An online order: one buyer, one delivery, one fulfilment per producer.
 *
 * <p>Invariants: an order awaiting payment is VietQR or card and holds a reservation deadline; a
 * COD order starts confirmed and unpaid; fulfilments move only forward (to pack → packed → shipped
 * → delivered, or shipped → delivery failed → returned) and only while the order is confirmed;
 * cancelling is possible until something ships; the order completes when every live fulfilment is
 * delivered and the money is in. Every change is recorded as a {@link Transition} and every effect
 * on stock as a {@link StockEffect}, which the application persists and applies.
 */
public final class Order {

    private final UUID id;
    private final String number;
    private final PaymentMethod method;
    private final Buyer buyer;
    private final Delivery delivery;
    private final long deliveryFeeVnd;
    private final Instant placedAt;
    private final List<Fulfilment> fulfilments;
    private final int version;
    private OrderStatus status;
    private boolean settled;
    private String paymentId;
    private Instant reservedUntil;

    private final List<Transition> transitions = new ArrayList<>();
    private final List<StockEffect> stockEffects = new ArrayList<>();

    /** Who buys: an account or a guest, with the contact used for tracking and e-mails. */
    public record Buyer(UUID accountId, String name, String phone, String email) {}

    /** Home delivery to a Vietnamese address, or pickup at a sale point. */
    public record Delivery(
            DeliveryKind kind,
            String provinceCode,
            String commune,
            String street,
            UUID pickupSalePointId) {}

    public enum DeliveryKind {
        HOME,
        PICKUP
    }

    /** A new order as checkout places it. */
    public static Order place(
            UUID id,
            String number,
            PaymentMethod method,
            Buyer buyer,
            Delivery delivery,
            long deliveryFeeVnd,
            List<Fulfilment> fulfilments,
            Instant now,
            Instant reservedUntil) {
        if (method == PaymentMethod.CASH) {
            throw new IllegalArgumentException("Cash is paid at a sale point, not online");
        }
        boolean cod = method == PaymentMethod.COD;
        OrderStatus status = cod ? OrderStatus.CONFIRMED : OrderStatus.PENDING_PAYMENT;
        FulfilmentStatus fs = cod ? FulfilmentStatus.TO_PACK : FulfilmentStatus.AWAITING_PAYMENT;
        for (Fulfilment f : fulfilments) {
            f.moveTo(fs);
        }
        Order order =
                new Order(
                        id,
                        number,
                        method,
                        buyer,
                        delivery,
                        deliveryFeeVnd,
                        now,
                        fulfilments,
                        0,
                        status,
                        false,
                        null,
                        cod ? null : reservedUntil);
        order.transitions.add(new Transition(null, null, status.name(), method.name()));
        return order;
    }

    /** Rebuilds a stored order. */
    public Order(
            UUID id,
            String number,
            PaymentMethod method,
            Buyer buyer,
            Delivery delivery,
            long deliveryFeeVnd,
            Instant placedAt,
            List<Fulfilment> fulfilments,
            int version,
            OrderStatus status,
            boolean settled,
            String paymentId,
            Instant reservedUntil) {
        if (fulfilments.isEmpty()) throw new IllegalArgumentException("An order needs lines");
        this.id = id;
        this.number = number;
        this.method = method;
        this.buyer = buyer;
        this.delivery = delivery;
        this.deliveryFeeVnd = deliveryFeeVnd;
        this.placedAt = placedAt;
        this.fulfilments = List.copyOf(fulfilments);
        this.version = version;
        this.status = status;
        this.settled = settled;
        this.paymentId = paymentId;
        this.reservedUntil = reservedUntil;
    }

    // ---- payment ----

    /**
     * The money arrived. An order awaiting payment becomes confirmed; a COD order is marked
     * collected. Returns false (and changes nothing) when it was already settled.
     */
    public boolean settle(String paymentRef) {
        if (settled) return false;
        if (status == OrderStatus.PENDING_PAYMENT) {
            settled = true;
            paymentId = paymentRef;
            reservedUntil = null;
            move(OrderStatus.CONFIRMED, "paid " + paymentRef);
            for (Fulfilment f : fulfilments) {
                moveFulfilment(f, FulfilmentStatus.TO_PACK, null);
            }
            return true;
        }
        if (status == OrderStatus.CONFIRMED || status == OrderStatus.COMPLETED) {
            settled = true;
            paymentId = paymentRef;
            transitions.add(new Transition(null, status.name(), status.name(), "collected"));
            completeIfDone();
            return true;
        }
        throw invalid("settle");
    }

    /**
     * Cancels before anything shipped (buyer, office, abandoned payment or expiry): reserved stock
     * is released.
     */
    public void cancel(String reason) {
        if (status != OrderStatus.PENDING_PAYMENT && status != OrderStatus.CONFIRMED) {
            throw invalid("cancel");
        }
        if (fulfilments.stream().anyMatch(f -> !f.status().holdsReservation())) {
            throw invalid("cancel");
        }
        for (Fulfilment f : fulfilments) {
            stockEffects.add(new StockEffect(StockEffect.Kind.RELEASE, f.locationId(), f.lines()));
            moveFulfilment(f, FulfilmentStatus.CANCELLED, null);
        }
        reservedUntil = null;
        move(OrderStatus.CANCELLED, reason);
    }

    /**
     * The money went back to the buyer: what has not shipped is cancelled and its reservation
     * released; goods already out stay as they are. Returns false when already refunded.
     */
    public boolean refund(String paymentRef) {
        if (status == OrderStatus.REFUNDED) return false;
        if (!settled) throw invalid("refund");
        for (Fulfilment f : fulfilments) {
            if (f.status().holdsReservation()) {
                stockEffects.add(
                        new StockEffect(StockEffect.Kind.RELEASE, f.locationId(), f.lines()));
                moveFulfilment(f, FulfilmentStatus.CANCELLED, null);
            }
        }
        reservedUntil = null;
        move(OrderStatus.REFUNDED, "refund " + paymentRef);
        return true;
    }

    // ---- fulfilments ----

    public void pack(UUID fulfilmentId) {
        Fulfilment f = fulfilment(fulfilmentId);
        requireConfirmed("pack");
        require(f, FulfilmentStatus.TO_PACK, "pack");
        moveFulfilment(f, FulfilmentStatus.PACKED, null);
    }

    public void ship(UUID fulfilmentId, String trackingNumber) {
        Fulfilment f = fulfilment(fulfilmentId);
        requireConfirmed("ship");
        require(f, FulfilmentStatus.PACKED, "ship");
        f.track(trackingNumber);
        stockEffects.add(new StockEffect(StockEffect.Kind.SHIP, f.locationId(), f.lines()));
        moveFulfilment(f, FulfilmentStatus.SHIPPED, trackingNumber);
    }

    /** Delivered to the buyer; for COD the courier collected the money with it. */
    public void deliver(UUID fulfilmentId) {
        Fulfilment f = fulfilment(fulfilmentId);
        requireConfirmed("deliver");
        require(f, FulfilmentStatus.SHIPPED, "deliver");
        moveFulfilment(f, FulfilmentStatus.DELIVERED, null);
        if (method == PaymentMethod.COD && !settled && allDelivered()) {
            settled = true;
            transitions.add(new Transition(null, status.name(), status.name(), "collected"));
        }
        completeIfDone();
    }

    /** The courier could not deliver (refused, unreachable): the goods are on their way back. */
    public void failDelivery(UUID fulfilmentId, String reason) {
        Fulfilment f = fulfilment(fulfilmentId);
        requireConfirmed("fail-delivery");
        require(f, FulfilmentStatus.SHIPPED, "fail-delivery");
        moveFulfilment(f, FulfilmentStatus.DELIVERY_FAILED, reason);
    }

    /** Goods came back to the location (after a failed delivery or a return): stock goes back. */
    public void returnGoods(UUID fulfilmentId, String reason) {
        Fulfilment f = fulfilment(fulfilmentId);
        if (f.status() != FulfilmentStatus.DELIVERY_FAILED
                && f.status() != FulfilmentStatus.DELIVERED) {
            throw invalid("return");
        }
        stockEffects.add(new StockEffect(StockEffect.Kind.RESTOCK, f.locationId(), f.lines()));
        moveFulfilment(f, FulfilmentStatus.RETURNED, reason);
        boolean nothingKept =
                fulfilments.stream()
                        .allMatch(
                                x ->
                                        x.status() == FulfilmentStatus.RETURNED
                                                || x.status() == FulfilmentStatus.CANCELLED);
        if (nothingKept && (status == OrderStatus.CONFIRMED || status == OrderStatus.COMPLETED)) {
            move(OrderStatus.RETURNED, reason);
        }
    }

    private boolean allDelivered() {
        return fulfilments.stream()
                .filter(f -> f.status() != FulfilmentStatus.CANCELLED)
                .allMatch(f -> f.status() == FulfilmentStatus.DELIVERED);
    }

    private void completeIfDone() {
        if (status == OrderStatus.CONFIRMED && settled && allDelivered()) {
            move(OrderStatus.COMPLETED, null);
        }
    }

    private void requireConfirmed(String action) {
        if (status != OrderStatus.CONFIRMED) throw invalid(action);
    }

    private void require(Fulfilment f, FulfilmentStatus expected, String action) {
        if (f.status() != expected) {
            throw OrdersError.INVALID_TRANSITION.exception(
                    "Cannot " + action + " fulfilment " + f.id() + " in status " + f.status());
        }
    }

    private RuntimeException invalid(String action) {
        return OrdersError.INVALID_TRANSITION.exception(
                "Cannot " + action + " order " + number + " in status " + status);
    }

    private void move(OrderStatus next, String note) {
        transitions.add(new Transition(null, status.name(), next.name(), note));
        status = next;
    }

    private void moveFulfilment(Fulfilment f, FulfilmentStatus next, String note) {
        transitions.add(new Transition(f.id(), f.status().name(), next.name(), note));
        f.moveTo(next);
    }

    public Fulfilment fulfilment(UUID fulfilmentId) {
        return fulfilments.stream()
                .filter(f -> f.id().equals(fulfilmentId))
                .findFirst()
                .orElseThrow(
                        () ->
                                OrdersError.FULFILMENT_NOT_FOUND.exception(
                                        "No fulfilment " + fulfilmentId + " in " + number));
    }

    /** Transitions since load, then forgotten. */
    public List<Transition> drainTransitions() {
        List<Transition> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    /** Stock effects since load, then forgotten. */
    public List<StockEffect> drainStockEffects() {
        List<StockEffect> out = List.copyOf(stockEffects);
        stockEffects.clear();
        return out;
    }

    public long goodsVnd() {
        return fulfilments.stream().mapToLong(Fulfilment::goodsVnd).sum();
    }

    public long totalVnd() {
        return goodsVnd() + deliveryFeeVnd;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public PaymentMethod method() {
        return method;
    }

    public Buyer buyer() {
        return buyer;
    }

    public Delivery delivery() {
        return delivery;
    }

    public long deliveryFeeVnd() {
        return deliveryFeeVnd;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public List<Fulfilment> fulfilments() {
        return fulfilments;
    }

    public int version() {
        return version;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean settled() {
        return settled;
    }

    public String paymentId() {
        return paymentId;
    }

    public Instant reservedUntil() {
        return reservedUntil;
    }
}
