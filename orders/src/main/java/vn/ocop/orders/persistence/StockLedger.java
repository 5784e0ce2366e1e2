package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.orders.domain.OrderLine;
import vn.ocop.orders.domain.StockEffect;

/**
 * The only code that changes {@code orders.stock_levels}; it writes a movement row with every
 * change. Every change is a conditional UPDATE, so stock never goes below zero nor below what is
 * reserved, whatever runs concurrently; several rows are always touched in (location, SKU) order so
 * two transactions never wait on each other crosswise.
 */
@Singleton
public class StockLedger {

    private final JdbcOperations jdbc;

    StockLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An amount of one variant at one location. */
    public record Quantity(UUID locationId, String sku, long quantity) {}

    /** A stock level as read. */
    public record Level(UUID locationId, String sku, UUID producerId, long onHand, long reserved) {
        public long available() {
            return onHand - reserved;
        }
    }

    /** A logged change. */
    @Serdeable
    public record Movement(
            UUID locationId,
            String sku,
            long onHandDelta,
            long reservedDelta,
            String reason,
            String reference,
            String note,
            UUID actor,
            Instant at) {}

    /**
     * Reserves every quantity or none (the caller's transaction rolls back on failure).
     *
     * @return the first quantity that could not be reserved, if any
     */
    public Optional<Quantity> reserve(
            List<Quantity> wanted, String reference, UUID actor, Instant now) {
        for (Quantity q : merged(wanted)) {
            int updated =
                    update(
                            "UPDATE orders.stock_levels SET reserved = reserved + ?, updated_at = ?"
                                    + " WHERE location_id = ? AND variant_sku = ? AND on_hand -"
                                    + " reserved >= ?",
                            q.quantity(),
                            ts(now),
                            q.locationId(),
                            q.sku(),
                            q.quantity());
            if (updated == 0) return Optional.of(q);
            log(q.locationId(), q.sku(), 0, q.quantity(), "RESERVE", reference, null, actor, now);
        }
        return Optional.empty();
    }

    /**
     * Applies what an order transition does to stock: the single path by which cancellation,
     * expiry, refund, shipping and returns touch stock levels.
     */
    public void apply(StockEffect effect, String reference, UUID actor, Instant now) {
        applyAll(List.of(new Effect(effect, reference)), actor, now);
    }

    /** A stock effect and the order number it is logged under. */
    public record Effect(StockEffect effect, String reference) {}

    /**
     * Applies the effects of one or more transitions in one pass, touching every row in (location,
     * SKU) order across all of them, as {@link #reserve} does: applied effect by effect (one effect
     * per fulfilment, in the order's fulfilment order, and one order after another in an expiry
     * batch) the rows were locked crosswise to concurrent checkouts, and PostgreSQL aborted one
     * side with "deadlock detected" (found by the kill drill in bench/).
     */
    public void applyAll(List<Effect> effects, UUID actor, Instant now) {
        record Step(StockEffect.Kind kind, Quantity q, String reference) {}
        List<Step> steps = new ArrayList<>();
        for (Effect e : effects) {
            List<Quantity> qs = new ArrayList<>();
            for (OrderLine l : e.effect().lines()) {
                qs.add(new Quantity(e.effect().locationId(), l.variantSku(), l.quantity()));
            }
            for (Quantity q : merged(qs)) {
                steps.add(new Step(e.effect().kind(), q, e.reference()));
            }
        }
        steps.sort(
                Comparator.comparing((Step s) -> s.q().locationId().toString())
                        .thenComparing(s -> s.q().sku()));
        for (Step s : steps) {
            Quantity q = s.q();
            switch (s.kind()) {
                case RELEASE ->
                        change(q, 0, -q.quantity(), "RELEASE", s.reference(), null, actor, now);
                case SHIP ->
                        change(
                                q,
                                -q.quantity(),
                                -q.quantity(),
                                "SHIP",
                                s.reference(),
                                null,
                                actor,
                                now);
                case RESTOCK ->
                        change(q, q.quantity(), 0, "RESTOCK", s.reference(), null, actor, now);
            }
        }
    }

    /**
     * Changes on hand and reserved by the given deltas, refusing (returning false) when the result
     * would break a rule.
     */
    public boolean tryChange(
            Quantity q,
            long onHandDelta,
            long reservedDelta,
            String reason,
            String reference,
            String note,
            UUID actor,
            Instant now) {
        int updated =
                update(
                        "UPDATE orders.stock_levels SET on_hand = on_hand + ?, reserved = reserved"
                                + " + ?, updated_at = ? WHERE location_id = ? AND variant_sku = ?"
                                + " AND on_hand + ? >= 0 AND reserved + ? >= 0 AND reserved + ? <="
                                + " on_hand + ?",
                        onHandDelta,
                        reservedDelta,
                        ts(now),
                        q.locationId(),
                        q.sku(),
                        onHandDelta,
                        reservedDelta,
                        reservedDelta,
                        onHandDelta);
        if (updated == 0) return false;
        log(
                q.locationId(),
                q.sku(),
                onHandDelta,
                reservedDelta,
                reason,
                reference,
                note,
                actor,
                now);
        return true;
    }

    private void change(
            Quantity q,
            long onHandDelta,
            long reservedDelta,
            String reason,
            String reference,
            String note,
            UUID actor,
            Instant now) {
        if (!tryChange(q, onHandDelta, reservedDelta, reason, reference, note, actor, now)) {
            throw new IllegalStateException(
                    "Stock drift: cannot " + reason + " " + q + " for " + reference);
        }
    }

    /** Adds goods to a location, creating the level on first use. */
    public void receive(
            UUID locationId,
            String sku,
            UUID producerId,
            long quantity,
            String reason,
            String reference,
            String note,
            UUID actor,
            Instant now) {
        update(
                "INSERT INTO orders.stock_levels (location_id, variant_sku, producer_id, on_hand,"
                        + " reserved, updated_at) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (location_id,"
                        + " variant_sku) DO UPDATE SET on_hand = orders.stock_levels.on_hand +"
                        + " EXCLUDED.on_hand, updated_at = EXCLUDED.updated_at",
                locationId,
                sku,
                producerId,
                quantity,
                ts(now));
        log(locationId, sku, quantity, 0, reason, reference, note, actor, now);
    }

    /** Locks and reads a level (FOR UPDATE), e.g. before a stock count. */
    public Optional<Level> lock(UUID locationId, String sku) {
        return levels(
                        "SELECT location_id, variant_sku, producer_id, on_hand, reserved FROM"
                                + " orders.stock_levels WHERE location_id = ? AND variant_sku = ?"
                                + " FOR UPDATE",
                        locationId,
                        sku)
                .stream()
                .findFirst();
    }

    public List<Level> levelsAt(UUID locationId) {
        return levels(
                "SELECT location_id, variant_sku, producer_id, on_hand, reserved FROM"
                        + " orders.stock_levels WHERE location_id = ? ORDER BY variant_sku",
                locationId);
    }

    public Optional<Level> level(UUID locationId, String sku) {
        return levels(
                        "SELECT location_id, variant_sku, producer_id, on_hand, reserved FROM"
                                + " orders.stock_levels WHERE location_id = ? AND variant_sku = ?",
                        locationId,
                        sku)
                .stream()
                .findFirst();
    }

    public List<Movement> movements(UUID locationId, String sku, int limit) {
        return jdbc.prepareStatement(
                "SELECT location_id, variant_sku, on_hand_delta, reserved_delta, reason, reference,"
                        + " note, actor, at FROM orders.stock_movements WHERE location_id = ? AND"
                        + " (CAST(? AS text) IS NULL OR variant_sku = ?) ORDER BY id DESC LIMIT ?",
                ps -> {
                    ps.setObject(1, locationId);
                    ps.setString(2, sku);
                    ps.setString(3, sku);
                    ps.setInt(4, limit);
                    List<Movement> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new Movement(
                                            rs.getObject(1, UUID.class),
                                            rs.getString(2),
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            rs.getObject(8, UUID.class),
                                            rs.getTimestamp(9).toInstant()));
                        }
                    }
                    return out;
                });
    }

    private List<Level> levels(String sql, Object... params) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    JdbcOrders.bind(ps, params);
                    List<Level> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new Level(
                                            rs.getObject(1, UUID.class),
                                            rs.getString(2),
                                            rs.getObject(3, UUID.class),
                                            rs.getLong(4),
                                            rs.getLong(5)));
                        }
                    }
                    return out;
                });
    }

    private void log(
            UUID locationId,
            String sku,
            long onHandDelta,
            long reservedDelta,
            String reason,
            String reference,
            String note,
            UUID actor,
            Instant now) {
        update(
                "INSERT INTO orders.stock_movements (location_id, variant_sku, on_hand_delta,"
                        + " reserved_delta, reason, reference, note, actor, at) VALUES (?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)",
                locationId,
                sku,
                onHandDelta,
                reservedDelta,
                reason,
                reference,
                note,
                actor,
                ts(now));
    }

    private int update(String sql, Object... params) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    JdbcOrders.bind(ps, params);
                    return ps.executeUpdate();
                });
    }

    /** Same (location, SKU) added up, in a stable order that avoids lock-order deadlocks. */
    public static List<Quantity> merged(List<Quantity> quantities) {
        Map<String, Quantity> byKey = new LinkedHashMap<>();
        for (Quantity q : quantities) {
            byKey.merge(
                    q.locationId() + "|" + q.sku(),
                    q,
                    (a, b) -> new Quantity(a.locationId(), a.sku(), a.quantity() + b.quantity()));
        }
        List<Quantity> out = new ArrayList<>(byKey.values());
        out.sort(
                Comparator.comparing((Quantity q) -> q.locationId().toString())
                        .thenComparing(Quantity::sku));
        return out;
    }
}
