package vn.ocop.orders.payment.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.IdentityApi;

/**
 * Turns the order side's logged transitions ({@code orders.order_events}) into e-mails: an order
 * placed → the buyer; a fulfilment to pack (COD at placement, or once paid) → the producer's
 * contact address; a fulfilment shipped → the buyer, with the tracking number. Each event is
 * claimed once in {@code orders.order_mail_log} in the transaction that enqueues its e-mails on the
 * outbox. Events are looked at for {@code ocop.orders.mail-job.window} (1 day) after they happen,
 * so a transition that commits late is still seen.
 */
@Singleton
public class OrderMailJob {

    record Event(long id, UUID orderId, UUID fulfilmentId, String from, String to) {}

    record OrderRow(
            String number,
            String status,
            String method,
            String buyerName,
            String buyerEmail,
            UUID buyerAccount,
            long totalVnd) {}

    private final JdbcOperations jdbc;
    private final OrderMails mails;
    private final ProductsApi products;
    private final IdentityApi identity;
    private final Clock clock;
    private final Duration window;

    OrderMailJob(
            JdbcOperations jdbc,
            OrderMails mails,
            ProductsApi products,
            IdentityApi identity,
            Clock clock,
            @Value("${ocop.orders.mail-job.window:1d}") Duration window) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.products = products;
        this.identity = identity;
        this.clock = clock;
        this.window = window;
    }

    /** Mails what is due; returns how many events were handled. */
    @Transactional
    public int runOnce() {
        Instant now = clock.instant();
        List<Event> due = due(now.minus(window));
        int handled = 0;
        for (Event e : due) {
            if (!claim(e.id(), now)) {
                continue;
            }
            handled++;
            OrderRow order = order(e.orderId());
            Locale locale = locale(order.buyerAccount());
            if (e.fulfilmentId() == null) {
                mails.orderPlaced(
                        order.number(),
                        order.buyerName(),
                        order.buyerEmail(),
                        locale,
                        lines(e.orderId(), null),
                        order.totalVnd(),
                        order.method());
                if ("CONFIRMED".equals(e.to())) {
                    for (UUID f : fulfilments(e.orderId())) {
                        producerMail(order, f);
                    }
                }
            } else if ("TO_PACK".equals(e.to())) {
                producerMail(order, e.fulfilmentId());
            } else if ("SHIPPED".equals(e.to())) {
                String[] shipped = producerAndTracking(e.fulfilmentId());
                ProducerView producer = products.producer(UUID.fromString(shipped[0])).orElse(null);
                mails.orderShipped(
                        order.number(),
                        order.buyerName(),
                        order.buyerEmail(),
                        locale,
                        producer == null ? "" : producer.name(),
                        shipped[1]);
            }
        }
        return handled;
    }

    private void producerMail(OrderRow order, UUID fulfilment) {
        String[] f = producerAndTracking(fulfilment);
        products.producer(UUID.fromString(f[0]))
                .ifPresent(
                        p ->
                                mails.newOrderForProducer(
                                        order.number(),
                                        p.name(),
                                        p.email(),
                                        null,
                                        lines(null, fulfilment)));
    }

    private List<Event> due(Instant since) {
        return jdbc.prepareStatement(
                "SELECT e.id, e.order_id, e.fulfilment_id, e.from_status, e.to_status"
                        + " FROM orders.order_events e"
                        + " WHERE e.at > ?"
                        + " AND NOT EXISTS (SELECT 1 FROM orders.order_mail_log m"
                        + " WHERE m.event_id = e.id)"
                        + " AND ((e.fulfilment_id IS NULL AND e.from_status IS NULL)"
                        + " OR (e.fulfilment_id IS NOT NULL AND e.to_status IN ('TO_PACK', 'SHIPPED')"
                        + " AND e.from_status IS DISTINCT FROM e.to_status))"
                        + " ORDER BY e.id LIMIT 100",
                s -> {
                    s.setTimestamp(1, Timestamp.from(since));
                    List<Event> events = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            events.add(
                                    new Event(
                                            rs.getLong(1),
                                            rs.getObject(2, UUID.class),
                                            rs.getObject(3, UUID.class),
                                            rs.getString(4),
                                            rs.getString(5)));
                        }
                    }
                    return events;
                });
    }

    private boolean claim(long eventId, Instant now) {
        return jdbc.prepareStatement(
                        "INSERT INTO orders.order_mail_log (event_id, mailed_at) VALUES (?, ?)"
                                + " ON CONFLICT (event_id) DO NOTHING",
                        s -> {
                            s.setLong(1, eventId);
                            s.setTimestamp(2, Timestamp.from(now));
                            return s.executeUpdate();
                        })
                == 1;
    }

    private OrderRow order(UUID orderId) {
        return jdbc.prepareStatement(
                "SELECT number, status, payment_method, buyer_name, buyer_email,"
                        + " buyer_account_id, total_vnd FROM orders.orders WHERE id = ?",
                s -> {
                    s.setObject(1, orderId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return new OrderRow(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, UUID.class),
                                rs.getLong(7));
                    }
                });
    }

    private List<UUID> fulfilments(UUID orderId) {
        return jdbc.prepareStatement(
                "SELECT id FROM orders.fulfilments WHERE order_id = ? ORDER BY id",
                s -> {
                    s.setObject(1, orderId);
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    private String[] producerAndTracking(UUID fulfilment) {
        return jdbc.prepareStatement(
                "SELECT producer_id, tracking_number FROM orders.fulfilments WHERE id = ?",
                s -> {
                    s.setObject(1, fulfilment);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return new String[] {rs.getString(1), rs.getString(2)};
                    }
                });
    }

    /** The lines of an order (fulfilment null) or of one fulfilment. */
    private List<OrderMails.Line> lines(UUID orderId, UUID fulfilment) {
        return jdbc.prepareStatement(
                "SELECT l.name, l.quantity, l.unit_price_vnd * l.quantity"
                        + " FROM orders.order_lines l JOIN orders.fulfilments f"
                        + " ON f.id = l.fulfilment_id"
                        + " WHERE (?::uuid IS NULL OR f.order_id = ?::uuid)"
                        + " AND (?::uuid IS NULL OR f.id = ?::uuid)"
                        + " ORDER BY f.id, l.line_no",
                s -> {
                    s.setObject(1, orderId);
                    s.setObject(2, orderId);
                    s.setObject(3, fulfilment);
                    s.setObject(4, fulfilment);
                    List<OrderMails.Line> lines = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            lines.add(
                                    new OrderMails.Line(
                                            rs.getString(1), rs.getLong(2), rs.getLong(3)));
                        }
                    }
                    return lines;
                });
    }

    private Locale locale(UUID account) {
        if (account == null) {
            return null;
        }
        return identity.find(account)
                .map(AccountView::locale)
                .filter(l -> l != null && !l.isBlank())
                .map(Locale::forLanguageTag)
                .orElse(null);
    }

    /** Runs {@link OrderMailJob#runOnce} on a schedule ({@code ocop.orders.mail-job.*}). */
    @Singleton
    @Requires(property = "ocop.orders.mail-job.enabled", notEquals = "false")
    static class Schedule {
        private final OrderMailJob job;

        Schedule(OrderMailJob job) {
            this.job = job;
        }

        @Scheduled(fixedDelay = "${ocop.orders.mail-job.interval:10s}", initialDelay = "20s")
        void run() {
            while (job.runOnce() == 100) {
                // a full batch: more may be due
            }
        }
    }
}
