package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of order creation, held by the primary key (scope, key) of {@code
 * orders.idempotency_keys}: concurrent requests of one caller with one key serialise on the index,
 * and only one of them inserts. The scope is the caller (see {@code Checkout}), so equal keys of
 * different callers are different keys.
 */
@Singleton
public class JdbcIdempotencyKeys {

    private final JdbcOperations jdbc;

    JdbcIdempotencyKeys(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The request the key was first used with. */
    public record Claim(String requestHash, UUID orderId) {}

    /**
     * Claims the key for a new order in the caller's transaction. When another transaction holds or
     * committed the key, this waits for it and returns its claim instead.
     */
    public Optional<Claim> claim(
            String scope, String key, String requestHash, UUID orderId, Instant now) {
        int inserted =
                jdbc.prepareStatement(
                        "INSERT INTO orders.idempotency_keys (scope, key, request_hash, order_id,"
                                + " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, key) DO"
                                + " NOTHING",
                        ps -> {
                            ps.setString(1, scope);
                            ps.setString(2, key);
                            ps.setString(3, requestHash);
                            ps.setObject(4, orderId);
                            ps.setTimestamp(5, ts(now));
                            return ps.executeUpdate();
                        });
        if (inserted == 1) return Optional.empty();
        return jdbc.prepareStatement(
                "SELECT request_hash, order_id FROM orders.idempotency_keys WHERE scope = ? AND"
                        + " key = ?",
                ps -> {
                    ps.setString(1, scope);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return Optional.of(new Claim(rs.getString(1), rs.getObject(2, UUID.class)));
                    }
                });
    }
}
