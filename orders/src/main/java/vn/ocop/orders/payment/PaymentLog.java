package vn.ocop.orders.payment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.orders.payment.PaymentEvent.Outcome;

/**
 * The payment log's tables ({@code orders.payments}, {@code orders.payment_events}), written on the
 * caller's transaction. Callers hold {@link #lockOrder} before deciding anything about an order's
 * money.
 */
@Singleton
public class PaymentLog {

    private static final String PAYMENT_COLUMNS =
            "id, order_number, method, amount_vnd, status, provider, provider_ref, provider_ref2,"
                    + " note, recorded_by, created_at, updated_at";
    private static final String EVENT_COLUMNS =
            "id, provider, external_id, type, order_number, payment_id, amount_vnd, outcome,"
                    + " needs_review, content, occurred_at, received_at, actor, note, reviewed_by,"
                    + " reviewed_at, review_note";

    private final JdbcOperations jdbc;

    PaymentLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises every payment decision about one order until the transaction ends. */
    public void lockOrder(String orderNumber) {
        jdbc.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('orders.payments'), hashtext(?))",
                s -> {
                    s.setString(1, orderNumber);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                    }
                    return null;
                });
    }

    /**
     * Writes a notification once. Empty when (provider, external id) was recorded before: the
     * caller then changes nothing. A concurrent duplicate waits for the first to commit.
     */
    public Optional<Long> recordEvent(
            String provider,
            String externalId,
            String type,
            String orderNumber,
            Long amountVnd,
            String content,
            Instant occurredAt,
            Instant receivedAt,
            UUID actor,
            String note) {
        return jdbc.prepareStatement(
                "INSERT INTO orders.payment_events (provider, external_id, type, order_number,"
                        + " amount_vnd, outcome, content, occurred_at, received_at, actor, note)"
                        + " VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (provider, external_id) DO NOTHING RETURNING id",
                s -> {
                    s.setString(1, provider);
                    s.setString(2, externalId);
                    s.setString(3, type);
                    s.setString(4, orderNumber);
                    setLong(s, 5, amountVnd);
                    s.setString(6, content);
                    setInstant(s, 7, occurredAt);
                    setInstant(s, 8, receivedAt);
                    s.setObject(9, actor);
                    s.setString(10, note);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                });
    }

    /** Records what the event did, in the same transaction as the change. */
    public void resolveEvent(
            long eventId, Outcome outcome, String orderNumber, UUID paymentId, boolean review) {
        jdbc.prepareStatement(
                "UPDATE orders.payment_events SET outcome = ?,"
                        + " order_number = coalesce(?, order_number), payment_id = ?,"
                        + " needs_review = ? WHERE id = ?",
                s -> {
                    s.setString(1, outcome.name());
                    s.setString(2, orderNumber);
                    s.setObject(3, paymentId);
                    s.setBoolean(4, review);
                    s.setLong(5, eventId);
                    return s.executeUpdate();
                });
    }

    public Optional<PaymentEvent> event(String provider, String externalId) {
        return jdbc.prepareStatement(
                "SELECT "
                        + EVENT_COLUMNS
                        + " FROM orders.payment_events WHERE provider = ? AND external_id = ?",
                s -> {
                    s.setString(1, provider);
                    s.setString(2, externalId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(event(rs)) : Optional.<PaymentEvent>empty();
                    }
                });
    }

    public List<PaymentEvent> eventsFor(String orderNumber) {
        return events(
                "SELECT "
                        + EVENT_COLUMNS
                        + " FROM orders.payment_events WHERE order_number = ? ORDER BY id",
                orderNumber);
    }

    /** Events waiting for the office, oldest first. */
    public List<PaymentEvent> awaitingReview(int limit) {
        return jdbc.prepareStatement(
                "SELECT "
                        + EVENT_COLUMNS
                        + " FROM orders.payment_events WHERE needs_review AND reviewed_at IS NULL"
                        + " ORDER BY received_at, id LIMIT ?",
                s -> {
                    s.setInt(1, limit);
                    return readEvents(s);
                });
    }

    /** True while an event about this order is flagged and the office has not looked at it. */
    public boolean awaitsReview(String orderNumber) {
        return jdbc.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM orders.payment_events WHERE order_number = ?"
                        + " AND needs_review AND reviewed_at IS NULL)",
                s -> {
                    s.setString(1, orderNumber);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
    }

    /** The office looked at an order's flagged events (who, when, why). */
    public int markReviewed(String orderNumber, UUID actor, String note, Instant at) {
        return jdbc.prepareStatement(
                "UPDATE orders.payment_events SET reviewed_by = ?, reviewed_at = ?, review_note = ?"
                        + " WHERE order_number = ? AND needs_review AND reviewed_at IS NULL",
                s -> {
                    s.setObject(1, actor);
                    setInstant(s, 2, at);
                    s.setString(3, note);
                    s.setString(4, orderNumber);
                    return s.executeUpdate();
                });
    }

    public void insert(PaymentRecord p) {
        jdbc.prepareStatement(
                "INSERT INTO orders.payments ("
                        + PAYMENT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setObject(1, p.id());
                    s.setString(2, p.orderNumber());
                    s.setString(3, p.method().name());
                    s.setLong(4, p.amountVnd());
                    s.setString(5, p.status().name());
                    s.setString(6, p.provider());
                    s.setString(7, p.providerRef());
                    s.setString(8, p.providerRef2());
                    s.setString(9, p.note());
                    s.setObject(10, p.recordedBy());
                    setInstant(s, 11, p.createdAt());
                    setInstant(s, 12, p.updatedAt());
                    return s.executeUpdate();
                });
    }

    /** Changes status, amount and the second reference (kept when null). */
    public void update(UUID id, PaymentStatus status, long amountVnd, String ref2, Instant at) {
        jdbc.prepareStatement(
                "UPDATE orders.payments SET status = ?, amount_vnd = ?,"
                        + " provider_ref2 = coalesce(?, provider_ref2), updated_at = ?"
                        + " WHERE id = ?",
                s -> {
                    s.setString(1, status.name());
                    s.setLong(2, amountVnd);
                    s.setString(3, ref2);
                    setInstant(s, 4, at);
                    s.setObject(5, id);
                    return s.executeUpdate();
                });
    }

    /**
     * A started payment received its money: SUCCEEDED with the amount, and the references, the
     * recording account and the note filled in where the start left them empty (a counter's VietQR
     * payment learns its bank transaction id here; an office confirmation its who and why).
     */
    public void settleStarted(
            UUID id,
            long amountVnd,
            String ref,
            String ref2,
            UUID recordedBy,
            String note,
            Instant at) {
        jdbc.prepareStatement(
                "UPDATE orders.payments SET status = 'SUCCEEDED', amount_vnd = ?,"
                        + " provider_ref = coalesce(provider_ref, ?),"
                        + " provider_ref2 = coalesce(?, provider_ref2),"
                        + " recorded_by = coalesce(recorded_by, ?), note = coalesce(?, note),"
                        + " updated_at = ? WHERE id = ?",
                s -> {
                    s.setLong(1, amountVnd);
                    s.setString(2, ref);
                    s.setString(3, ref2);
                    s.setObject(4, recordedBy);
                    s.setString(5, note);
                    setInstant(s, 6, at);
                    s.setObject(7, id);
                    return s.executeUpdate();
                });
    }

    public Optional<PaymentRecord> find(UUID id) {
        return one("SELECT " + PAYMENT_COLUMNS + " FROM orders.payments WHERE id = ?", id);
    }

    /** The payment that settled the order (succeeded, or since refunded), if any. */
    public Optional<PaymentRecord> settlement(String orderNumber) {
        return one(
                "SELECT "
                        + PAYMENT_COLUMNS
                        + " FROM orders.payments WHERE order_number = ?"
                        + " AND status IN ('SUCCEEDED', 'REFUNDED')",
                orderNumber);
    }

    /** A payment of this provider by either of its references. */
    public Optional<PaymentRecord> byReference(String provider, String ref) {
        return one(
                "SELECT "
                        + PAYMENT_COLUMNS
                        + " FROM orders.payments WHERE provider = ?"
                        + " AND (provider_ref = ? OR provider_ref2 = ?)"
                        + " ORDER BY created_at DESC LIMIT 1",
                provider,
                ref,
                ref);
    }

    /** The newest started payment of this method for the order. */
    public Optional<PaymentRecord> pending(String orderNumber, PaymentMethod method) {
        return one(
                "SELECT "
                        + PAYMENT_COLUMNS
                        + " FROM orders.payments WHERE order_number = ? AND method = ?"
                        + " AND status = 'PENDING' ORDER BY created_at DESC LIMIT 1",
                orderNumber,
                method.name());
    }

    /** Every started payment of this method for the order. */
    public int failPending(String orderNumber, PaymentMethod method, Instant at) {
        return jdbc.prepareStatement(
                "UPDATE orders.payments SET status = 'FAILED', updated_at = ?"
                        + " WHERE order_number = ? AND method = ? AND status = 'PENDING'",
                s -> {
                    setInstant(s, 1, at);
                    s.setString(2, orderNumber);
                    s.setString(3, method.name());
                    return s.executeUpdate();
                });
    }

    public List<PaymentRecord> paymentsFor(String orderNumber) {
        return jdbc.prepareStatement(
                "SELECT "
                        + PAYMENT_COLUMNS
                        + " FROM orders.payments WHERE order_number = ? ORDER BY created_at, id",
                s -> {
                    s.setString(1, orderNumber);
                    List<PaymentRecord> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rows.add(payment(rs));
                        }
                    }
                    return rows;
                });
    }

    private Optional<PaymentRecord> one(String sql, Object... args) {
        return jdbc.prepareStatement(
                sql,
                s -> {
                    for (int i = 0; i < args.length; i++) {
                        s.setObject(i + 1, args[i]);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next()
                                ? Optional.of(payment(rs))
                                : Optional.<PaymentRecord>empty();
                    }
                });
    }

    private List<PaymentEvent> events(String sql, String arg) {
        return jdbc.prepareStatement(
                sql,
                s -> {
                    s.setString(1, arg);
                    return readEvents(s);
                });
    }

    private static List<PaymentEvent> readEvents(PreparedStatement s) throws SQLException {
        List<PaymentEvent> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(event(rs));
            }
        }
        return rows;
    }

    private static PaymentRecord payment(ResultSet rs) throws SQLException {
        return new PaymentRecord(
                rs.getObject("id", UUID.class),
                rs.getString("order_number"),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getLong("amount_vnd"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("provider"),
                rs.getString("provider_ref"),
                rs.getString("provider_ref2"),
                rs.getString("note"),
                rs.getObject("recorded_by", UUID.class),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static PaymentEvent event(ResultSet rs) throws SQLException {
        long amount = rs.getLong("amount_vnd");
        Long amountVnd = rs.wasNull() ? null : amount;
        return new PaymentEvent(
                rs.getLong("id"),
                rs.getString("provider"),
                rs.getString("external_id"),
                rs.getString("type"),
                rs.getString("order_number"),
                rs.getObject("payment_id", UUID.class),
                amountVnd,
                Outcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("needs_review"),
                rs.getString("content"),
                instant(rs, "occurred_at"),
                instant(rs, "received_at"),
                rs.getObject("actor", UUID.class),
                rs.getString("note"),
                rs.getObject("reviewed_by", UUID.class),
                instant(rs, "reviewed_at"),
                rs.getString("review_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, Instant value)
            throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
