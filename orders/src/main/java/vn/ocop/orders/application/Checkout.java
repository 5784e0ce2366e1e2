package vn.ocop.orders.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vn.ocop.catalog.api.CommuneError;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.catalog.api.CommunesApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.domain.Fulfilment;
import vn.ocop.orders.domain.FulfilmentStatus;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.OrderLine;
import vn.ocop.orders.domain.Orders;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.PaymentOptions;
import vn.ocop.orders.persistence.JdbcDeliveryFees;
import vn.ocop.orders.persistence.JdbcIdempotencyKeys;
import vn.ocop.orders.persistence.JdbcLocations;
import vn.ocop.orders.persistence.StockLedger;

/**
 * Places an online order in one transaction: checks every line, prices it from the catalogue,
 * splits it into one fulfilment per producer, reserves stock at each producer's warehouse
 * (conditional updates in a stable order: never below zero, no deadlocks), and for VietQR and card
 * sets the reservation deadline. An {@code Idempotency-Key} makes a retry return the first order;
 * the key belongs to its caller ({@link #keyScope}) and is claimed under a primary key (scope, key)
 * in the same transaction, so concurrent retries wait for the first and then read its order, and
 * another buyer sending the same key gets an order of its own.
 */
@Singleton
public class Checkout {

    private final Orderability orderability;
    private final Orders orders;
    private final StockLedger ledger;
    private final JdbcLocations locations;
    private final JdbcDeliveryFees fees;
    private final JdbcIdempotencyKeys keys;
    private final PlacesApi places;
    private final CommunesApi communes;
    private final CartService carts;
    private final OrderQueries queries;
    private final Clock clock;
    private final Duration reservationTtl;

    private final PaymentOptions paymentOptions;

    Checkout(
            Orderability orderability,
            Orders orders,
            StockLedger ledger,
            JdbcLocations locations,
            JdbcDeliveryFees fees,
            JdbcIdempotencyKeys keys,
            PlacesApi places,
            CommunesApi communes,
            CartService carts,
            OrderQueries queries,
            PaymentOptions paymentOptions,
            Clock clock,
            @Value("${ocop.orders.reservation-ttl:30m}") Duration reservationTtl) {
        this.orderability = orderability;
        this.orders = orders;
        this.ledger = ledger;
        this.locations = locations;
        this.fees = fees;
        this.keys = keys;
        this.places = places;
        this.communes = communes;
        this.carts = carts;
        this.queries = queries;
        this.paymentOptions = paymentOptions;
        this.clock = clock;
        this.reservationTtl = reservationTtl;
    }

    /** The placed order, and whether it was placed by this call or by an earlier one (replay). */
    public record Placed(OrderView order, boolean replayed) {}

    /**
     * @param buyerAccount the consumer placing it, null for a guest
     * @param guestCartId a guest's cart (from its cookie/token), used when the command has no lines
     * @param idempotencyKey the client's key, or null
     */
    @Transactional
    public Placed place(
            UUID buyerAccount, PlaceOrder command, UUID guestCartId, String idempotencyKey) {
        Instant now = clock.instant();
        UUID orderId = UUID.randomUUID();
        if (idempotencyKey != null) {
            String hash = fingerprint(buyerAccount, command, guestCartId);
            String scope = keyScope(buyerAccount, command, guestCartId);
            var earlier = keys.claim(scope, idempotencyKey, hash, orderId, now);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash)) {
                    throw OrdersError.IDEMPOTENCY_KEY_REUSED.exception(
                            "Idempotency-Key " + idempotencyKey + " was used for another request");
                }
                return new Placed(queries.view(earlier.get().orderId()), true);
            }
        }
        boolean fromCart = command.lines() == null || command.lines().isEmpty();
        List<PlaceOrder.Line> lines =
                fromCart
                        ? carts.linesForCheckout(buyerAccount, command.cartId(), guestCartId)
                        : command.lines();
        if (lines.isEmpty()) {
            throw OrdersError.EMPTY_ORDER.refuse("lines", "The order has no lines");
        }
        List<FieldViolation> refusals = new ArrayList<>();
        Order.Delivery delivery = delivery(command.delivery(), refusals);
        if (command.paymentMethod() == PaymentMethod.CASH) {
            refusals.add(
                    OrdersError.INVALID_FIELD.at(
                            "paymentMethod", "Cash is only taken at a sale point"));
        } else if (command.paymentMethod() != null
                && !paymentOptions.online().contains(command.paymentMethod())) {
            // e.g. CARD while no Stripe key is configured: refused before anything is reserved
            refusals.add(
                    OrdersError.INVALID_FIELD.at(
                            "paymentMethod",
                            "This payment method is not available: choose one of "
                                    + paymentOptions.online()));
        }
        Map<UUID, List<OrderLine>> byProducer = new LinkedHashMap<>();
        long weightGrams = 0;
        for (int i = 0; i < lines.size(); i++) {
            PlaceOrder.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            var verdict =
                    orderability.online(field, line.sku(), blank(line.lot()), line.bookingDate());
            if (!verdict.ok()) {
                refusals.add(verdict.refusal());
                continue;
            }
            var s = verdict.sellable();
            byProducer
                    .computeIfAbsent(s.producerId(), k -> new ArrayList<>())
                    .add(
                            new OrderLine(
                                    i + 1,
                                    s.product().id(),
                                    s.variant().sku(),
                                    s.product().nameVi() + " — " + s.variant().nameVi(),
                                    s.variant().priceVnd(),
                                    line.quantity(),
                                    blank(line.lot()),
                                    line.bookingDate()));
            Integer grams = s.variant().weightGrams();
            weightGrams += (grams == null ? 0 : grams) * line.quantity();
        }
        long fee = 0;
        if (refusals.isEmpty() && delivery.kind() == Order.DeliveryKind.HOME) {
            OptionalLong found = fees.fee(delivery.provinceCode(), weightGrams);
            if (found.isEmpty()) {
                refusals.add(
                        OrdersError.NO_DELIVERY_FEE.at(
                                "delivery.provinceCode",
                                "No delivery band for " + weightGrams + " g"));
            } else {
                fee = found.getAsLong();
            }
        }
        if (!refusals.isEmpty()) throw Refusals.of(refusals);

        List<Fulfilment> fulfilments = new ArrayList<>();
        List<StockLedger.Quantity> wanted = new ArrayList<>();
        for (var entry : byProducer.entrySet()) {
            UUID location = locations.defaultWarehouse(entry.getKey(), now);
            fulfilments.add(
                    new Fulfilment(
                            UUID.randomUUID(),
                            entry.getKey(),
                            location,
                            entry.getValue(),
                            FulfilmentStatus.AWAITING_PAYMENT,
                            null));
            for (OrderLine l : entry.getValue()) {
                wanted.add(new StockLedger.Quantity(location, l.variantSku(), l.quantity()));
            }
        }
        int year = LocalDate.now(clock).getYear();
        Order order =
                Order.place(
                        orderId,
                        orders.nextNumber(year),
                        command.paymentMethod(),
                        new Order.Buyer(
                                buyerAccount,
                                command.recipient().name().strip(),
                                command.recipient().phone(),
                                blank(command.recipient().email())),
                        delivery,
                        fee,
                        fulfilments,
                        now,
                        now.plus(reservationTtl));
        Optional<StockLedger.Quantity> missing =
                ledger.reserve(wanted, order.number(), buyerAccount, now);
        if (missing.isPresent()) {
            String sku = missing.get().sku();
            int index = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).sku().equals(sku)) index = i;
            }
            throw OrdersError.OUT_OF_STOCK.refuse(
                    "lines[" + index + "].quantity", "Not enough stock of " + sku);
        }
        order.drainStockEffects();
        orders.add(order, order.drainTransitions(), actor(buyerAccount), now);
        if (fromCart) carts.clearAfterCheckout(buyerAccount, command.cartId(), guestCartId);
        return new Placed(queries.view(order.id()), false);
    }

    private Order.Delivery delivery(PlaceOrder.DeliveryChoice d, List<FieldViolation> refusals) {
        if (d.kind() == Order.DeliveryKind.PICKUP) {
            Optional<SalePoint> sp =
                    d.salePointId() == null
                            ? Optional.empty()
                            : locations.salePoint(d.salePointId()).filter(SalePoint::active);
            if (sp.isEmpty()) {
                refusals.add(
                        OrdersError.UNKNOWN_SALE_POINT.at(
                                "delivery.salePointId", "No such sale point for pickup"));
            }
            return new Order.Delivery(Order.DeliveryKind.PICKUP, null, null, null, d.salePointId());
        }
        Optional<ProvinceView> province =
                blank(d.provinceCode()) == null
                        ? Optional.empty()
                        : places.province(d.provinceCode().strip());
        if (province.isEmpty()) {
            refusals.add(
                    OrdersError.UNKNOWN_PROVINCE.at(
                            "delivery.provinceCode", "Unknown province " + d.provinceCode()));
        }
        // the commune must be one of the chosen province's (its code or its name); the order
        // keeps the official name
        Optional<CommuneView> commune = Optional.empty();
        if (blank(d.commune()) == null) {
            refusals.add(OrdersError.INVALID_FIELD.at("delivery.commune", "Commune required"));
        } else if (province.isPresent()) {
            commune = communes.resolve(province.get().code(), d.commune());
            if (commune.isEmpty()) {
                refusals.add(CommuneError.COMMUNE_NOT_IN_PROVINCE.at("delivery.commune"));
            }
        }
        if (blank(d.street()) == null) {
            refusals.add(OrdersError.INVALID_FIELD.at("delivery.street", "Street required"));
        }
        return new Order.Delivery(
                Order.DeliveryKind.HOME,
                province.map(ProvinceView::code).orElse(null),
                commune.map(CommuneView::nameVi).orElse(blank(d.commune())),
                blank(d.street()),
                null);
    }

    static String actor(UUID account) {
        return account == null ? "guest" : "account:" + account;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Same buyer and same parsed body → same fingerprint. */
    /**
     * Whose key it is: the consumer's account; for a guest the cart (a secret id held by the
     * guest's browser), or, ordering lines without a cart, the recipient's phone, which is also
     * what a guest tracks the order with. Another caller's equal key is another key.
     */
    static String keyScope(UUID buyer, PlaceOrder command, UUID guestCart) {
        if (buyer != null) return "account:" + buyer;
        UUID cart = guestCart != null ? guestCart : command.cartId();
        if (cart != null) return "cart:" + cart;
        String phone = command.recipient().phone();
        if (phone.startsWith("+84")) phone = "0" + phone.substring(3);
        return "phone:" + phone;
    }

    static String fingerprint(UUID buyer, PlaceOrder command, UUID guestCart) {
        return sha256(buyer + "|" + guestCart + "|" + command);
    }

    static String sha256(String canonical) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
