package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.orders.domain.Order.DeliveryKind;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.payment.PaymentError;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.PaymentOptions;
import vn.ocop.orders.payment.Payments;
import vn.ocop.orders.payment.VietQrPayments;
import vn.ocop.orders.payment.stripe.StripePayments;
import vn.ocop.orders.persistence.JdbcDeliveryFees;
import vn.ocop.platform.identity.api.Caller;

/**
 * {@link ShopApi} over the services the REST controllers use (CartService, Checkout, OrderQueries,
 * OrderWorkflow, Payments/VietQrPayments), so the pages and the API apply the same rules.
 */
@Singleton
class ShopFacade implements ShopApi {

    private final CartService carts;
    private final Checkout checkout;
    private final OrderQueries queries;
    private final OrderWorkflow workflow;
    private final Orderability orderability;
    private final JdbcDeliveryFees fees;
    private final SalePointService salePoints;
    private final PaymentOptions paymentOptions;
    private final Payments payments;
    private final VietQrPayments vietQr;
    private final ProductsApi products;
    private final Validator validator;
    private final StripePayments stripe;

    ShopFacade(
            CartService carts,
            Checkout checkout,
            OrderQueries queries,
            OrderWorkflow workflow,
            Orderability orderability,
            JdbcDeliveryFees fees,
            SalePointService salePoints,
            PaymentOptions paymentOptions,
            Payments payments,
            VietQrPayments vietQr,
            ProductsApi products,
            Validator validator,
            StripePayments stripe) {
        this.carts = carts;
        this.checkout = checkout;
        this.queries = queries;
        this.workflow = workflow;
        this.orderability = orderability;
        this.fees = fees;
        this.salePoints = salePoints;
        this.paymentOptions = paymentOptions;
        this.payments = payments;
        this.vietQr = vietQr;
        this.products = products;
        this.validator = validator;
        this.stripe = stripe;
    }

    @Override
    public Cart cart(UUID account, UUID guestCartId) {
        return cart(carts.view(account, guestCartId));
    }

    @Override
    public Cart add(UUID account, UUID guestCartId, String sku, long quantity) {
        return cart(carts.add(account, guestCartId, sku, quantity));
    }

    @Override
    public Cart setQuantity(UUID account, UUID guestCartId, String sku, long quantity) {
        return cart(carts.set(account, guestCartId, sku, quantity));
    }

    @Override
    @Transactional
    public OptionalLong deliveryFee(UUID account, UUID guestCartId, String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) return OptionalLong.empty();
        long grams = 0;
        for (PlaceOrder.Line line : carts.linesForCheckout(account, null, guestCartId)) {
            var variant = products.variantBySku(line.sku());
            if (variant.isEmpty()) continue;
            Integer weight = variant.get().variant().weightGrams();
            grams += (weight == null ? 0 : weight) * line.quantity();
        }
        return fees.fee(provinceCode.strip(), grams);
    }

    @Override
    @ReadOnly
    public CheckoutOptions checkoutOptions() {
        var online = paymentOptions.online();
        List<PaymentChoice> choices =
                List.of(PaymentMethod.COD, PaymentMethod.VIETQR, PaymentMethod.CARD).stream()
                        .map(m -> new PaymentChoice(m.name(), online.contains(m)))
                        .toList();
        List<PickupPoint> points =
                salePoints.list().stream()
                        .filter(SalePoint::active)
                        .sorted(Comparator.comparing(SalePoint::name))
                        .map(
                                s ->
                                        new PickupPoint(
                                                s.id(),
                                                s.name(),
                                                s.provinceCode(),
                                                s.commune(),
                                                s.street()))
                        .toList();
        return new CheckoutOptions(choices, points);
    }

    @Override
    public Order place(UUID account, UUID guestCartId, CheckoutForm form, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw OrdersError.INVALID_FIELD.refuse("Idempotency-Key", "1 to 200 characters");
        }
        List<FieldViolation> refusals = new ArrayList<>();
        DeliveryKind kind = parse(DeliveryKind.class, form.delivery(), "delivery.kind", refusals);
        PaymentMethod method =
                parse(PaymentMethod.class, form.paymentMethod(), "paymentMethod", refusals);
        PlaceOrder command =
                new PlaceOrder(
                        null,
                        null,
                        new PlaceOrder.Recipient(
                                strip(form.recipientName()),
                                strip(form.phone()),
                                blankToNull(form.email())),
                        new PlaceOrder.DeliveryChoice(
                                kind,
                                kind == DeliveryKind.HOME ? blankToNull(form.provinceCode()) : null,
                                kind == DeliveryKind.HOME ? blankToNull(form.commune()) : null,
                                kind == DeliveryKind.HOME ? blankToNull(form.street()) : null,
                                kind == DeliveryKind.PICKUP ? form.salePointId() : null),
                        method);
        for (ConstraintViolation<PlaceOrder> v : validator.validate(command)) {
            String field = v.getPropertyPath().toString();
            if (refusals.stream().noneMatch(r -> r.field().equals(field))) {
                refusals.add(OrdersError.INVALID_FIELD.at(field, v.getMessage()));
            }
        }
        if (!refusals.isEmpty()) throw Refusals.of(refusals);
        return order(checkout.place(account, command, guestCartId, idempotencyKey).order());
    }

    @Override
    public List<Order> orders(UUID account) {
        return queries.mine(account).stream().map(this::order).toList();
    }

    @Override
    public Order order(UUID account, String number) {
        return order(queries.mine(account, number));
    }

    @Override
    public Order track(String number, String phone) {
        return order(queries.track(number, phone));
    }

    @Override
    public VietQr vietQr(UUID account, String number) {
        var order = payments.requireOrder(number);
        if (account == null || !account.equals(order.buyerAccountId())) {
            throw new DomainException(PaymentError.ORDER_NOT_FOUND, "No order " + number);
        }
        var v = vietQr.view(order);
        return new VietQr(
                v.orderNumber(),
                v.payload(),
                v.amountVnd(),
                v.bankBin(),
                v.accountNumber(),
                v.accountName(),
                v.transferContent(),
                v.status().name(),
                v.reservedUntil());
    }

    @Override
    public String cardCheckout(UUID account, String number, Locale locale) {
        var order = payments.requireOrder(number);
        if (account == null || !account.equals(order.buyerAccountId())) {
            throw new DomainException(PaymentError.ORDER_NOT_FOUND, "No order " + number);
        }
        return stripe.checkout(order, locale).url();
    }

    @Override
    public List<Order> fulfilments(Caller producerMember) {
        if (producerMember.producerId() == null) {
            throw OrdersError.NOT_YOURS.exception("Not a producer member");
        }
        return queries.forProducerOrOffice(producerMember).stream().map(this::order).toList();
    }

    @Override
    public Order fulfil(
            Caller caller, String number, UUID fulfilmentId, Action action, String tracking) {
        var a =
                action == Action.SHIP
                        ? OrderWorkflow.FulfilmentAction.SHIP
                        : OrderWorkflow.FulfilmentAction.PACK;
        OrderView v = workflow.act(caller, number, fulfilmentId, a, tracking);
        return caller.isOffice() ? order(v) : order(v.forProducer(caller.producerId()));
    }

    private Cart cart(CartView view) {
        Map<UUID, String> names = new HashMap<>();
        List<CartLine> lines = new ArrayList<>();
        for (CartView.Line l : view.lines()) {
            UUID producer = null;
            if (l.available()) {
                var verdict = orderability.online("sku", l.sku(), null, LocalDate.MAX);
                if (verdict.ok()) producer = verdict.sellable().producerId();
            }
            String producerName = producer == null ? null : producerName(producer, names);
            lines.add(
                    new CartLine(
                            l.sku(),
                            l.name(),
                            producer,
                            producerName,
                            l.quantity(),
                            l.unitPriceVnd(),
                            l.amountVnd(),
                            l.available(),
                            l.reason()));
        }
        return new Cart(view.cartId(), lines, view.goodsVnd());
    }

    private String producerName(UUID producer, Map<UUID, String> names) {
        return names.computeIfAbsent(
                producer,
                id -> products.producer(id).map(ProducerView::name).orElse(id.toString()));
    }

    private Order order(OrderView v) {
        Map<UUID, String> names = new HashMap<>();
        return new Order(
                v.number(),
                v.status(),
                v.paymentMethod(),
                v.paid(),
                v.goodsVnd(),
                v.deliveryFeeVnd(),
                v.totalVnd(),
                v.placedAt(),
                v.reservedUntil(),
                v.recipientName(),
                v.recipientPhone(),
                v.delivery(),
                v.provinceCode(),
                v.commune(),
                v.street(),
                v.pickupSalePointId(),
                v.fulfilments().stream()
                        .map(
                                f ->
                                        new Fulfilment(
                                                f.id(),
                                                f.producerId(),
                                                producerName(f.producerId(), names),
                                                f.status(),
                                                f.trackingNumber(),
                                                f.goodsVnd(),
                                                f.lines().stream()
                                                        .map(
                                                                l ->
                                                                        new Line(
                                                                                l.sku(),
                                                                                l.name(),
                                                                                l.unitPriceVnd(),
                                                                                l.quantity(),
                                                                                l.amountVnd()))
                                                        .toList()))
                        .toList(),
                v.history().stream()
                        .map(t -> new Step(t.fulfilmentId(), t.from(), t.to(), t.at()))
                        .toList());
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String value, String field, List<FieldViolation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(OrdersError.INVALID_FIELD.at(field, "Required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            refusals.add(OrdersError.INVALID_FIELD.at(field, "Unknown value " + value));
            return null;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
