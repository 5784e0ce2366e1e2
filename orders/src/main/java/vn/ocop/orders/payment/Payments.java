package vn.ocop.orders.payment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.PaymentEvent.Outcome;

/**
 * The payment log's use cases. Every provider notification is written once per (provider, external
 * id) in the same transaction as the change it causes, and every decision about an order's money is
 * taken under a per-order lock, so redelivered, reordered and concurrent notifications end in one
 * settling payment.
 */
@Singleton
public class Payments {

    private static final Logger LOG = LoggerFactory.getLogger(Payments.class);

    /**
     * Money a provider reports as received.
     *
     * @param candidates order numbers the notification may refer to, best first (a bank transfer's
     *     content may yield several); the first existing order whose total equals the amount wins,
     *     else the first existing order
     * @param providerRef the provider's reference of the payment (bank transaction id, Checkout
     *     Session id) or null
     * @param providerRef2 a second reference (PaymentIntent id) or null
     */
    public record Incoming(
            String provider,
            String externalId,
            String type,
            PaymentMethod method,
            List<String> candidates,
            long amountVnd,
            String content,
            Instant occurredAt,
            String providerRef,
            String providerRef2) {}

    /**
     * What a notification did.
     *
     * @param duplicate true when it had been applied before; nothing changed now
     */
    public record Applied(Outcome outcome, String orderNumber, UUID paymentId, boolean duplicate) {}

    private final PaymentLog log;
    private final PayableOrders orders;
    private final Clock clock;

    Payments(PaymentLog log, PayableOrders orders, Clock clock) {
        this.log = log;
        this.orders = orders;
        this.clock = clock;
    }

    /** Money arrived: settles the matching order when the amount is exact, else flags it. */
    @Transactional
    public Applied receive(Incoming in) {
        Instant now = clock.instant();
        Optional<Long> recorded =
                log.recordEvent(
                        in.provider(),
                        in.externalId(),
                        in.type(),
                        null,
                        in.amountVnd(),
                        in.content(),
                        in.occurredAt(),
                        now,
                        null,
                        null);
        if (recorded.isEmpty()) {
            return duplicate(in.provider(), in.externalId());
        }
        long eventId = recorded.get();
        Optional<PayableOrder> match = match(in.candidates(), in.amountVnd());
        if (match.isEmpty()) {
            log.resolveEvent(eventId, Outcome.UNMATCHED, null, null, true);
            LOG.warn(
                    "Unmatched {} payment {} of {} VND: {}",
                    in.provider(),
                    in.externalId(),
                    in.amountVnd(),
                    in.content());
            return new Applied(Outcome.UNMATCHED, null, null, false);
        }
        String number = match.get().number();
        log.lockOrder(number);
        PayableOrder order = orders.find(number).orElseThrow();
        Optional<PaymentRecord> settlement = log.settlement(number);
        if (settlement.isPresent()) {
            PaymentRecord s = settlement.get();
            if (sameProviderPayment(s, in)) {
                log.resolveEvent(eventId, Outcome.ALREADY_SETTLED, number, s.id(), false);
                return new Applied(Outcome.ALREADY_SETTLED, number, s.id(), false);
            }
            return review(eventId, in, number, Outcome.ALREADY_PAID, now);
        }
        if (!order.awaitingPayment() || order.settled()) {
            return review(eventId, in, number, Outcome.NOT_AWAITING, now);
        }
        if (in.amountVnd() != order.totalVnd()) {
            Outcome outcome =
                    in.amountVnd() < order.totalVnd() ? Outcome.UNDERPAID : Outcome.OVERPAID;
            return review(eventId, in, number, outcome, now);
        }
        UUID paymentId = succeed(in, number, now);
        orders.settle(number, in.method(), paymentId.toString());
        log.resolveEvent(eventId, Outcome.SETTLED, number, paymentId, false);
        return new Applied(Outcome.SETTLED, number, paymentId, false);
    }

    /**
     * A provider reported that a payment attempt failed. It is logged; the order stays awaiting
     * payment and the started payment open (the buyer may try again in the same session).
     */
    @Transactional
    public Applied failed(
            String provider, String externalId, String type, String orderNumber, String reason) {
        return closeAttempt(provider, externalId, type, orderNumber, reason, false);
    }

    /**
     * The provider's payment window closed without money: unless the order was settled meanwhile,
     * its started payments fail and the order is abandoned (cancelled, stock released).
     */
    @Transactional
    public Applied expired(
            String provider, String externalId, String type, String orderNumber, String reason) {
        return closeAttempt(provider, externalId, type, orderNumber, reason, true);
    }

    private Applied closeAttempt(
            String provider,
            String externalId,
            String type,
            String orderNumber,
            String reason,
            boolean abandon) {
        Instant now = clock.instant();
        Optional<Long> recorded =
                log.recordEvent(
                        provider,
                        externalId,
                        type,
                        orderNumber,
                        null,
                        reason,
                        null,
                        now,
                        null,
                        null);
        if (recorded.isEmpty()) {
            return duplicate(provider, externalId);
        }
        long eventId = recorded.get();
        if (orderNumber == null || orders.find(orderNumber).isEmpty()) {
            log.resolveEvent(eventId, Outcome.IGNORED, null, null, false);
            return new Applied(Outcome.IGNORED, orderNumber, null, false);
        }
        log.lockOrder(orderNumber);
        if (log.settlement(orderNumber).isPresent()) {
            log.resolveEvent(eventId, Outcome.IGNORED, orderNumber, null, false);
            return new Applied(Outcome.IGNORED, orderNumber, null, false);
        }
        if (abandon) {
            log.failPending(orderNumber, PaymentMethod.CARD, now);
            orders.abandon(orderNumber, reason);
        }
        Outcome outcome = abandon ? Outcome.EXPIRED : Outcome.FAILED;
        log.resolveEvent(eventId, outcome, orderNumber, null, false);
        return new Applied(outcome, orderNumber, null, false);
    }

    /**
     * The provider reports money returned for the payment with this reference: a full refund marks
     * the payment and the order refunded; a partial one is flagged for the office.
     */
    @Transactional
    public Applied providerRefunded(
            String provider,
            String externalId,
            String type,
            String paymentReference,
            long refundedVnd,
            boolean full) {
        Instant now = clock.instant();
        Optional<Long> recorded =
                log.recordEvent(
                        provider,
                        externalId,
                        type,
                        null,
                        refundedVnd,
                        paymentReference,
                        null,
                        now,
                        null,
                        null);
        if (recorded.isEmpty()) {
            return duplicate(provider, externalId);
        }
        long eventId = recorded.get();
        Optional<PaymentRecord> payment =
                paymentReference == null
                        ? Optional.empty()
                        : log.byReference(provider, paymentReference);
        if (payment.isEmpty()) {
            log.resolveEvent(eventId, Outcome.UNMATCHED, null, null, true);
            return new Applied(Outcome.UNMATCHED, null, null, false);
        }
        PaymentRecord p = payment.get();
        log.lockOrder(p.orderNumber());
        PaymentRecord current = log.find(p.id()).orElseThrow();
        return applyRefund(eventId, current, full, now);
    }

    private Applied applyRefund(long eventId, PaymentRecord p, boolean full, Instant now) {
        if (p.status() == PaymentStatus.REFUNDED) {
            log.resolveEvent(eventId, Outcome.IGNORED, p.orderNumber(), p.id(), false);
            return new Applied(Outcome.IGNORED, p.orderNumber(), p.id(), false);
        }
        if (!full) {
            log.resolveEvent(eventId, Outcome.PARTIALLY_REFUNDED, p.orderNumber(), p.id(), true);
            return new Applied(Outcome.PARTIALLY_REFUNDED, p.orderNumber(), p.id(), false);
        }
        log.update(p.id(), PaymentStatus.REFUNDED, p.amountVnd(), null, now);
        if (p.status() == PaymentStatus.SUCCEEDED) {
            orders.refunded(p.orderNumber(), p.id().toString());
        }
        log.resolveEvent(eventId, Outcome.REFUNDED, p.orderNumber(), p.id(), false);
        return new Applied(Outcome.REFUNDED, p.orderNumber(), p.id(), false);
    }

    /** The office refunded this payment through the provider; recorded with who and why. */
    @Transactional
    public Applied officeRefunded(UUID paymentId, String refundReference, UUID actor, String note) {
        Instant now = clock.instant();
        PaymentRecord p = requirePayment(paymentId);
        Optional<Long> recorded =
                log.recordEvent(
                        "office",
                        "refund:" + refundReference,
                        "refund",
                        p.orderNumber(),
                        p.amountVnd(),
                        null,
                        now,
                        now,
                        actor,
                        note);
        if (recorded.isEmpty()) {
            return duplicate("office", "refund:" + refundReference);
        }
        log.lockOrder(p.orderNumber());
        return applyRefund(recorded.get(), log.find(paymentId).orElseThrow(), true, now);
    }

    /**
     * A payment started with a provider (e.g. a Stripe Checkout Session), to be settled by the
     * provider's notification.
     */
    @Transactional
    public PaymentRecord started(
            String orderNumber,
            PaymentMethod method,
            long amountVnd,
            String provider,
            String providerRef) {
        Instant now = clock.instant();
        PaymentRecord p =
                new PaymentRecord(
                        UUID.randomUUID(),
                        orderNumber,
                        method,
                        amountVnd,
                        PaymentStatus.PENDING,
                        provider,
                        providerRef,
                        null,
                        null,
                        null,
                        now,
                        now);
        log.insert(p);
        return p;
    }

    /**
     * The office confirms by hand that an order was paid (e.g. a transfer it found on the statement
     * with a mistyped reference): settles it with the order's method, records who, when and why,
     * and closes the order's flagged events.
     */
    @Transactional
    public PaymentRecord confirmManually(String orderNumber, UUID actor, String note) {
        requireNote(note);
        PayableOrder order = requireOrder(orderNumber);
        log.lockOrder(orderNumber);
        order = requireOrder(orderNumber);
        if (log.settlement(orderNumber).isPresent() || order.settled()) {
            throw new DomainException(
                    PaymentError.ALREADY_SETTLED, "Order " + orderNumber + " is already paid");
        }
        if (!order.awaitingPayment() && order.method() != PaymentMethod.COD) {
            // cancelled or lapsed: confirming would log money the order side ignores
            throw new DomainException(
                    PaymentError.NOT_AWAITING_PAYMENT,
                    "Order " + orderNumber + " no longer awaits payment");
        }
        Instant now = clock.instant();
        // a started payment of the order (a counter's VietQR transfer, a card session) is the money
        // being confirmed: it is settled rather than left pending beside a second payment
        Optional<PaymentRecord> started = log.pending(orderNumber, order.method());
        PaymentRecord p;
        if (started.isPresent()) {
            log.settleStarted(
                    started.get().id(), order.totalVnd(), null, null, actor, note.strip(), now);
            p = log.find(started.get().id()).orElseThrow();
        } else {
            p = byHand(order, order.method(), order.totalVnd(), "office", actor, note.strip());
        }
        long eventId =
                log.recordEvent(
                                "office",
                                "confirm:" + p.id(),
                                "manual-confirmation",
                                orderNumber,
                                order.totalVnd(),
                                null,
                                now,
                                now,
                                actor,
                                note.strip())
                        .orElseThrow();
        log.resolveEvent(eventId, Outcome.CONFIRMED, orderNumber, p.id(), false);
        log.markReviewed(orderNumber, actor, note.strip(), now);
        orders.settle(orderNumber, order.method(), p.id().toString());
        return p;
    }

    /**
     * A delivered cash-on-delivery order's money was collected (by the courier, handed to the
     * producer or office): settles it. Collecting twice changes nothing and returns the first
     * payment.
     */
    @Transactional
    public PaymentRecord codCollected(String orderNumber, UUID actor, String note) {
        requireOrder(orderNumber);
        log.lockOrder(orderNumber);
        PayableOrder order = requireOrder(orderNumber);
        if (order.method() != PaymentMethod.COD) {
            throw new DomainException(
                    PaymentError.WRONG_METHOD, "Order " + orderNumber + " is not cash on delivery");
        }
        Optional<PaymentRecord> settled = log.settlement(orderNumber);
        if (settled.isPresent()) {
            return settled.get();
        }
        PaymentRecord p =
                byHand(order, PaymentMethod.COD, order.totalVnd(), "cod", actor, blankToNull(note));
        Instant now = clock.instant();
        long eventId =
                log.recordEvent(
                                "cod",
                                "collected:" + orderNumber,
                                "cod-collected",
                                orderNumber,
                                order.totalVnd(),
                                null,
                                now,
                                now,
                                actor,
                                blankToNull(note))
                        .orElseThrow();
        log.resolveEvent(eventId, Outcome.COLLECTED, orderNumber, p.id(), false);
        orders.settle(orderNumber, PaymentMethod.COD, p.id().toString());
        return p;
    }

    /**
     * Cash taken at a sale point's counter for an order (a POS sale). The sale's client-generated
     * id makes a re-synced sale record nothing twice: the first payment is returned.
     *
     * @param saleId the sale's client-generated id (an offline queue's key)
     * @param cashier the staff account
     */
    @Transactional
    public PaymentRecord recordCash(
            String orderNumber, long amountVnd, String saleId, UUID cashier) {
        if (amountVnd <= 0) {
            throw DomainException.invalidField(
                    PaymentError.INVALID_FIELD, "amountVnd", "The amount must be positive");
        }
        if (saleId == null || saleId.isBlank() || saleId.length() > 200) {
            throw DomainException.invalidField(
                    PaymentError.INVALID_FIELD, "saleId", "A sale id of 1 to 200 characters");
        }
        requireOrder(orderNumber);
        Instant now = clock.instant();
        Optional<Long> recorded =
                log.recordEvent(
                        "cash",
                        saleId,
                        "cash-sale",
                        orderNumber,
                        amountVnd,
                        null,
                        now,
                        now,
                        cashier,
                        null);
        if (recorded.isEmpty()) {
            return log.event("cash", saleId)
                    .map(PaymentEvent::paymentId)
                    .flatMap(log::find)
                    .orElseThrow();
        }
        log.lockOrder(orderNumber);
        PayableOrder order = requireOrder(orderNumber);
        if (log.settlement(orderNumber).isPresent() || order.settled()) {
            throw new DomainException(
                    PaymentError.ALREADY_SETTLED, "Order " + orderNumber + " is already paid");
        }
        if (amountVnd != order.totalVnd()) {
            throw DomainException.invalidField(
                    PaymentError.INVALID_FIELD,
                    "amountVnd",
                    "Cash taken must equal the order total " + order.totalVnd() + " VND");
        }
        PaymentRecord p = byHand(order, PaymentMethod.CASH, amountVnd, "cash", cashier, null);
        log.resolveEvent(recorded.get(), Outcome.COLLECTED, orderNumber, p.id(), false);
        orders.settle(orderNumber, PaymentMethod.CASH, p.id().toString());
        return p;
    }

    @Transactional
    public List<PaymentRecord> paymentsFor(String orderNumber) {
        return log.paymentsFor(orderNumber);
    }

    @Transactional
    public List<PaymentEvent> eventsFor(String orderNumber) {
        return log.eventsFor(orderNumber);
    }

    @Transactional
    public List<PaymentEvent> awaitingReview(int limit) {
        return log.awaitingReview(Math.max(1, Math.min(limit, 500)));
    }

    @Transactional
    public PaymentRecord requirePayment(UUID id) {
        return log.find(id)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        PaymentError.PAYMENT_NOT_FOUND, "No payment " + id));
    }

    /** The settling payment of an order, if any. */
    @Transactional
    public Optional<PaymentRecord> settlement(String orderNumber) {
        return log.settlement(orderNumber);
    }

    public PayableOrder requireOrder(String orderNumber) {
        return orders.find(orderNumber)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        PaymentError.ORDER_NOT_FOUND, "No order " + orderNumber));
    }

    private Optional<PayableOrder> match(List<String> candidates, long amountVnd) {
        PayableOrder first = null;
        for (String number : candidates) {
            Optional<PayableOrder> order = orders.find(number);
            if (order.isPresent()) {
                if (order.get().totalVnd() == amountVnd) {
                    return order;
                }
                if (first == null) {
                    first = order.get();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean sameProviderPayment(PaymentRecord settled, Incoming in) {
        if (!settled.provider().equals(in.provider())) {
            return false;
        }
        return matches(settled, in.providerRef()) || matches(settled, in.providerRef2());
    }

    private static boolean matches(PaymentRecord p, String ref) {
        return ref != null && (ref.equals(p.providerRef()) || ref.equals(p.providerRef2()));
    }

    /** Money received that does not settle the order: logged as a payment under review. */
    private Applied review(long eventId, Incoming in, String number, Outcome outcome, Instant now) {
        PaymentRecord p =
                new PaymentRecord(
                        UUID.randomUUID(),
                        number,
                        in.method(),
                        in.amountVnd(),
                        PaymentStatus.REVIEW,
                        in.provider(),
                        reviewRef(in),
                        in.providerRef2(),
                        outcome.name(),
                        null,
                        now,
                        now);
        Optional<PaymentRecord> started =
                in.providerRef() == null
                        ? Optional.empty()
                        : log.byReference(in.provider(), in.providerRef());
        UUID id;
        if (started.isPresent() && started.get().status() == PaymentStatus.PENDING) {
            id = started.get().id();
            log.update(id, PaymentStatus.REVIEW, in.amountVnd(), in.providerRef2(), now);
        } else {
            log.insert(p);
            id = p.id();
        }
        log.resolveEvent(eventId, outcome, number, id, true);
        LOG.warn(
                "{} payment {} for order {} needs review: {}",
                in.provider(),
                in.externalId(),
                number,
                outcome);
        return new Applied(outcome, number, id, false);
    }

    private String reviewRef(Incoming in) {
        // a second event of the same provider payment must not collide on (provider, ref)
        if (in.providerRef() == null) {
            return null;
        }
        return log.byReference(in.provider(), in.providerRef()).isPresent()
                ? null
                : in.providerRef();
    }

    private UUID succeed(Incoming in, String number, Instant now) {
        Optional<PaymentRecord> started =
                Optional.ofNullable(in.providerRef())
                        .flatMap(ref -> log.byReference(in.provider(), ref))
                        .filter(p -> p.status() == PaymentStatus.PENDING)
                        .or(() -> log.pending(number, in.method()));
        if (started.isPresent()) {
            log.settleStarted(
                    started.get().id(),
                    in.amountVnd(),
                    in.providerRef(),
                    in.providerRef2(),
                    null,
                    null,
                    now);
            return started.get().id();
        }
        PaymentRecord p =
                new PaymentRecord(
                        UUID.randomUUID(),
                        number,
                        in.method(),
                        in.amountVnd(),
                        PaymentStatus.SUCCEEDED,
                        in.provider(),
                        reviewRef(in),
                        in.providerRef2(),
                        null,
                        null,
                        now,
                        now);
        log.insert(p);
        return p.id();
    }

    private PaymentRecord byHand(
            PayableOrder order,
            PaymentMethod method,
            long amountVnd,
            String provider,
            UUID actor,
            String note) {
        Instant now = clock.instant();
        PaymentRecord p =
                new PaymentRecord(
                        UUID.randomUUID(),
                        order.number(),
                        method,
                        amountVnd,
                        PaymentStatus.SUCCEEDED,
                        provider,
                        null,
                        null,
                        note,
                        actor,
                        now,
                        now);
        log.insert(p);
        return p;
    }

    private Applied duplicate(String provider, String externalId) {
        PaymentEvent first = log.event(provider, externalId).orElseThrow();
        return new Applied(first.outcome(), first.orderNumber(), first.paymentId(), true);
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalidField(
                    PaymentError.INVALID_FIELD, "note", "A confirmation needs a note (why)");
        }
        if (note.length() > 1000) {
            throw DomainException.invalidField(
                    PaymentError.INVALID_FIELD, "note", "At most 1000 characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
