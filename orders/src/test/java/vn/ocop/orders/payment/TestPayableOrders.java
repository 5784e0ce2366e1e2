package vn.ocop.orders.payment;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double of the OTHER side of the port: orders kept in a small table of the test database,
 * changed in the caller's transaction as the real order side does, with row locks, so payments are
 * tested against real commits, rollbacks and concurrency. Counts how often each change really
 * happened, so tests can prove a redelivery changed nothing.
 *
 * <p>Used by the tests of payment rules that need orders in states the real order side reaches only
 * through long set-ups (many amounts, methods and buyers); switched on with {@code
 * ocop.test.payable-orders=double}. End-to-end tests use the real order side.
 */
@Singleton
@Replaces(PayableOrders.class)
@Requires(property = "ocop.test.payable-orders", value = "double")
public class TestPayableOrders implements PayableOrders {

    /** A test order's state. */
    public enum State {
        AWAITING_PAYMENT,
        CONFIRMED,
        CANCELLED,
        REFUNDED
    }

    /** Everything a test looks at. */
    public record Row(
            String number,
            long totalVnd,
            PaymentMethod method,
            State state,
            boolean settled,
            String paymentId,
            int settledTimes,
            int abandonedTimes,
            int refundedTimes,
            String reason) {}

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final JdbcOperations jdbc;

    TestPayableOrders(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        transactions.executeWrite(
                status -> {
                    createTable();
                    return null;
                });
    }

    /** Places an order: VietQR and card orders await payment, COD ones are confirmed unpaid. */
    @Transactional
    public String place(
            PaymentMethod method, long totalVnd, UUID buyer, String phone, String email) {
        String number = "OCOP-2026-" + SEQUENCE.incrementAndGet();
        boolean awaiting = method == PaymentMethod.VIETQR || method == PaymentMethod.CARD;
        jdbc.prepareStatement(
                "INSERT INTO orders.test_payable_orders (number, total_vnd, method, state,"
                        + " reserved_until, buyer, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setString(1, number);
                    s.setLong(2, totalVnd);
                    s.setString(3, method.name());
                    s.setString(4, (awaiting ? State.AWAITING_PAYMENT : State.CONFIRMED).name());
                    s.setTimestamp(
                            5, awaiting ? Timestamp.from(Instant.now().plusSeconds(1800)) : null);
                    s.setObject(6, buyer);
                    s.setString(7, phone);
                    s.setString(8, email);
                    return s.executeUpdate();
                });
        return number;
    }

    @Transactional
    public Row row(String number) {
        return jdbc.prepareStatement(
                "SELECT * FROM orders.test_payable_orders WHERE number = ?",
                s -> {
                    s.setString(1, number);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return new Row(
                                rs.getString("number"),
                                rs.getLong("total_vnd"),
                                PaymentMethod.valueOf(rs.getString("method")),
                                State.valueOf(rs.getString("state")),
                                rs.getBoolean("settled"),
                                rs.getString("payment_id"),
                                rs.getInt("settled_times"),
                                rs.getInt("abandoned_times"),
                                rs.getInt("refunded_times"),
                                rs.getString("reason"));
                    }
                });
    }

    @Override
    @Transactional
    public Optional<PayableOrder> find(String orderNumber) {
        return jdbc.prepareStatement(
                "SELECT * FROM orders.test_payable_orders WHERE number = ?",
                s -> {
                    s.setString(1, orderNumber);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(order(rs)) : Optional.<PayableOrder>empty();
                    }
                });
    }

    @Override
    @Transactional
    public void settle(String orderNumber, PaymentMethod method, String paymentId) {
        jdbc.prepareStatement(
                "UPDATE orders.test_payable_orders SET settled = true, payment_id = ?,"
                        + " settled_times = settled_times + 1,"
                        + " state = CASE WHEN state = 'AWAITING_PAYMENT' THEN 'CONFIRMED'"
                        + " ELSE state END WHERE number = ? AND NOT settled",
                s -> {
                    s.setString(1, paymentId);
                    s.setString(2, orderNumber);
                    return s.executeUpdate();
                });
    }

    @Override
    @Transactional
    public void abandon(String orderNumber, String reason) {
        jdbc.prepareStatement(
                "UPDATE orders.test_payable_orders SET state = 'CANCELLED', reason = ?,"
                        + " abandoned_times = abandoned_times + 1"
                        + " WHERE number = ? AND state = 'AWAITING_PAYMENT'",
                s -> {
                    s.setString(1, reason);
                    s.setString(2, orderNumber);
                    return s.executeUpdate();
                });
    }

    @Override
    @Transactional
    public void refunded(String orderNumber, String paymentId) {
        jdbc.prepareStatement(
                "UPDATE orders.test_payable_orders SET state = 'REFUNDED',"
                        + " refunded_times = refunded_times + 1"
                        + " WHERE number = ? AND state <> 'REFUNDED'",
                s -> {
                    s.setString(1, orderNumber);
                    return s.executeUpdate();
                });
    }

    private void createTable() {
        jdbc.prepareStatement(
                "CREATE TABLE IF NOT EXISTS orders.test_payable_orders ("
                        + " number text PRIMARY KEY, total_vnd bigint NOT NULL,"
                        + " method text NOT NULL, state text NOT NULL,"
                        + " settled boolean NOT NULL DEFAULT false, payment_id text,"
                        + " settled_times int NOT NULL DEFAULT 0,"
                        + " abandoned_times int NOT NULL DEFAULT 0,"
                        + " refunded_times int NOT NULL DEFAULT 0, reason text,"
                        + " reserved_until timestamptz, buyer uuid, phone text, email text)",
                s -> s.execute());
    }

    private static PayableOrder order(ResultSet rs) throws SQLException {
        State state = State.valueOf(rs.getString("state"));
        Timestamp reserved = rs.getTimestamp("reserved_until");
        return new PayableOrder(
                rs.getString("number"),
                rs.getLong("total_vnd"),
                PaymentMethod.valueOf(rs.getString("method")),
                state == State.AWAITING_PAYMENT,
                rs.getBoolean("settled"),
                reserved == null ? null : reserved.toInstant(),
                rs.getObject("buyer", UUID.class),
                rs.getString("phone"),
                rs.getString("email"));
    }
}
