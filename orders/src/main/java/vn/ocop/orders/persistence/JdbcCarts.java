package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Carts and their lines ({@code orders.carts}, {@code orders.cart_lines}). */
@Singleton
public class JdbcCarts {

    private final JdbcOperations jdbc;

    JdbcCarts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored line: variant and quantity only; the price is read from the catalogue. */
    public record Line(String sku, long quantity) {}

    /** The account's cart, created on first use. */
    public UUID accountCart(UUID accountId, Instant now) {
        update(
                "INSERT INTO orders.carts (id, account_id, created_at, updated_at) VALUES (?, ?, ?,"
                        + " ?) ON CONFLICT (account_id) DO NOTHING",
                UUID.randomUUID(),
                accountId,
                ts(now),
                ts(now));
        return jdbc.prepareStatement(
                "SELECT id FROM orders.carts WHERE account_id = ?",
                ps -> {
                    ps.setObject(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getObject(1, UUID.class);
                    }
                });
    }

    public UUID newGuestCart(Instant now) {
        UUID id = UUID.randomUUID();
        update(
                "INSERT INTO orders.carts (id, created_at, updated_at) VALUES (?, ?, ?)",
                id,
                ts(now),
                ts(now));
        return id;
    }

    /** A guest cart (one without an account), locked. */
    public Optional<UUID> lockGuestCart(UUID id) {
        return jdbc.prepareStatement(
                "SELECT id FROM orders.carts WHERE id = ? AND account_id IS NULL FOR UPDATE",
                ps -> {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(rs.getObject(1, UUID.class))
                                : Optional.<UUID>empty();
                    }
                });
    }

    public List<Line> lines(UUID cartId) {
        return jdbc.prepareStatement(
                "SELECT variant_sku, quantity FROM orders.cart_lines WHERE cart_id = ? ORDER BY"
                        + " added_at, variant_sku",
                ps -> {
                    ps.setObject(1, cartId);
                    List<Line> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(new Line(rs.getString(1), rs.getLong(2)));
                    }
                    return out;
                });
    }

    /** Adds to a line (capped at 999), creating it. */
    public void add(UUID cartId, String sku, long quantity, Instant now) {
        update(
                "INSERT INTO orders.cart_lines (cart_id, variant_sku, quantity, added_at) VALUES"
                        + " (?, ?, ?, ?) ON CONFLICT (cart_id, variant_sku) DO UPDATE SET quantity"
                        + " = LEAST(999, orders.cart_lines.quantity + EXCLUDED.quantity)",
                cartId,
                sku,
                quantity,
                ts(now));
        touch(cartId, now);
    }

    /** Sets a line's quantity; zero removes it. */
    public void set(UUID cartId, String sku, long quantity, Instant now) {
        if (quantity == 0) {
            update(
                    "DELETE FROM orders.cart_lines WHERE cart_id = ? AND variant_sku = ?",
                    cartId,
                    sku);
        } else {
            update(
                    "INSERT INTO orders.cart_lines (cart_id, variant_sku, quantity, added_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (cart_id, variant_sku) DO UPDATE"
                            + " SET quantity = EXCLUDED.quantity",
                    cartId,
                    sku,
                    quantity,
                    ts(now));
        }
        touch(cartId, now);
    }

    public void clear(UUID cartId) {
        update("DELETE FROM orders.cart_lines WHERE cart_id = ?", cartId);
    }

    public void delete(UUID cartId) {
        update("DELETE FROM orders.carts WHERE id = ?", cartId);
    }

    private void touch(UUID cartId, Instant now) {
        update("UPDATE orders.carts SET updated_at = ? WHERE id = ?", ts(now), cartId);
    }

    private int update(String sql, Object... params) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    JdbcOrders.bind(ps, params);
                    return ps.executeUpdate();
                });
    }
}
