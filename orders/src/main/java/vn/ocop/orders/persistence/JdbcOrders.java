package vn.ocop.orders.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.orders.domain.Fulfilment;
import vn.ocop.orders.domain.FulfilmentStatus;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.OrderLine;
import vn.ocop.orders.domain.OrderStatus;
import vn.ocop.orders.domain.Orders;
import vn.ocop.orders.domain.Transition;
import vn.ocop.orders.payment.PaymentMethod;

/**
 * Orders in {@code orders.orders}, {@code fulfilments}, {@code order_lines}, {@code order_events}.
 */
@Singleton
class JdbcOrders implements Orders {

    private static final String COLUMNS =
            "o.id, o.number, o.status, o.payment_method, o.settled, o.payment_id,"
                    + " o.buyer_account_id, o.buyer_name, o.buyer_phone, o.buyer_email, o.delivery,"
                    + " o.province_code, o.commune, o.street, o.pickup_sale_point, o.delivery_fee_vnd,"
                    + " o.reserved_until, o.placed_at, o.version";

    private final JdbcOperations jdbc;

    JdbcOrders(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String nextNumber(int year) {
        long n =
                jdbc.prepareStatement(
                        "SELECT nextval('orders.order_numbers')",
                        ps -> {
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getLong(1);
                            }
                        });
        return "OCOP-%04d-%06d".formatted(year, n);
    }

    @Override
    public void add(Order o, List<Transition> transitions, String actor, Instant at) {
        jdbc.prepareStatement(
                "INSERT INTO orders.orders (id, number, status, payment_method, settled,"
                        + " payment_id, buyer_account_id, buyer_name, buyer_phone, buyer_email,"
                        + " delivery, province_code, commune, street, pickup_sale_point, goods_vnd,"
                        + " delivery_fee_vnd, total_vnd, reserved_until, placed_at) VALUES (?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, o.id());
                    ps.setString(2, o.number());
                    ps.setString(3, o.status().name());
                    ps.setString(4, o.method().name());
                    ps.setBoolean(5, o.settled());
                    ps.setString(6, o.paymentId());
                    ps.setObject(7, o.buyer().accountId());
                    ps.setString(8, o.buyer().name());
                    ps.setString(9, o.buyer().phone());
                    ps.setString(10, o.buyer().email());
                    ps.setString(11, o.delivery().kind().name());
                    ps.setString(12, o.delivery().provinceCode());
                    ps.setString(13, o.delivery().commune());
                    ps.setString(14, o.delivery().street());
                    ps.setObject(15, o.delivery().pickupSalePointId());
                    ps.setLong(16, o.goodsVnd());
                    ps.setLong(17, o.deliveryFeeVnd());
                    ps.setLong(18, o.totalVnd());
                    ps.setTimestamp(19, ts(o.reservedUntil()));
                    ps.setTimestamp(20, ts(o.placedAt()));
                    return ps.executeUpdate();
                });
        for (Fulfilment f : o.fulfilments()) {
            jdbc.prepareStatement(
                    "INSERT INTO orders.fulfilments (id, order_id, producer_id, location_id, status,"
                            + " tracking_number) VALUES (?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setObject(1, f.id());
                        ps.setObject(2, o.id());
                        ps.setObject(3, f.producerId());
                        ps.setObject(4, f.locationId());
                        ps.setString(5, f.status().name());
                        ps.setString(6, f.trackingNumber());
                        return ps.executeUpdate();
                    });
            jdbc.prepareStatement(
                    "INSERT INTO orders.order_lines (fulfilment_id, line_no, product_id,"
                            + " variant_sku, name, unit_price_vnd, quantity, lot, booking_date)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ps -> {
                        for (OrderLine l : f.lines()) {
                            ps.setObject(1, f.id());
                            ps.setInt(2, l.lineNo());
                            ps.setObject(3, l.productId());
                            ps.setString(4, l.variantSku());
                            ps.setString(5, l.name());
                            ps.setLong(6, l.unitPriceVnd());
                            ps.setLong(7, l.quantity());
                            ps.setString(8, l.lot());
                            ps.setObject(9, l.bookingDate());
                            ps.addBatch();
                        }
                        return ps.executeBatch();
                    });
        }
        appendTransitions(o.id(), transitions, actor, at);
    }

    @Override
    public Optional<Order> lockByNumber(String number) {
        return one(
                "SELECT " + COLUMNS + " FROM orders.orders o WHERE o.number = ? FOR UPDATE",
                number);
    }

    @Override
    public Optional<Order> lockById(UUID id) {
        return one("SELECT " + COLUMNS + " FROM orders.orders o WHERE o.id = ? FOR UPDATE", id);
    }

    @Override
    public Optional<Order> byNumber(String number) {
        return one("SELECT " + COLUMNS + " FROM orders.orders o WHERE o.number = ?", number);
    }

    @Override
    public Optional<Order> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM orders.orders o WHERE o.id = ?", id);
    }

    @Override
    public void save(Order o, List<Transition> transitions, String actor, Instant at) {
        int updated =
                jdbc.prepareStatement(
                        "UPDATE orders.orders SET status = ?, settled = ?, payment_id = ?,"
                                + " reserved_until = ?, version = version + 1 WHERE id = ? AND"
                                + " version = ?",
                        ps -> {
                            ps.setString(1, o.status().name());
                            ps.setBoolean(2, o.settled());
                            ps.setString(3, o.paymentId());
                            ps.setTimestamp(4, ts(o.reservedUntil()));
                            ps.setObject(5, o.id());
                            ps.setInt(6, o.version());
                            return ps.executeUpdate();
                        });
        if (updated != 1) {
            throw new IllegalStateException("Order " + o.number() + " changed concurrently");
        }
        jdbc.prepareStatement(
                "UPDATE orders.fulfilments SET status = ?, tracking_number = ? WHERE id = ?",
                ps -> {
                    for (Fulfilment f : o.fulfilments()) {
                        ps.setString(1, f.status().name());
                        ps.setString(2, f.trackingNumber());
                        ps.setObject(3, f.id());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        appendTransitions(o.id(), transitions, actor, at);
    }

    /** Writes transitions of a new or changed order to its history. */
    void appendTransitions(UUID orderId, List<Transition> transitions, String actor, Instant at) {
        if (transitions.isEmpty()) return;
        jdbc.prepareStatement(
                "INSERT INTO orders.order_events (order_id, fulfilment_id, from_status, to_status,"
                        + " actor, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    for (Transition t : transitions) {
                        ps.setObject(1, orderId);
                        ps.setObject(2, t.fulfilmentId());
                        ps.setString(3, t.from());
                        ps.setString(4, t.to());
                        ps.setString(5, actor);
                        ps.setString(6, t.note());
                        ps.setTimestamp(7, ts(at));
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }

    @Override
    public List<String> lockExpired(Instant now, int limit) {
        return jdbc.prepareStatement(
                "SELECT number FROM orders.orders WHERE status = 'PENDING_PAYMENT' AND"
                        + " reserved_until < ? ORDER BY reserved_until LIMIT ? FOR UPDATE SKIP LOCKED",
                ps -> {
                    ps.setTimestamp(1, ts(now));
                    ps.setInt(2, limit);
                    List<String> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getString(1));
                    }
                    return out;
                });
    }

    @Override
    public List<Order> byBuyer(UUID accountId, int limit) {
        return many(
                "SELECT "
                        + COLUMNS
                        + " FROM orders.orders o WHERE o.buyer_account_id = ? ORDER BY o.placed_at"
                        + " DESC LIMIT ?",
                accountId,
                limit);
    }

    @Override
    public List<Order> byProducer(UUID producerId, int limit) {
        if (producerId == null) {
            return many(
                    "SELECT " + COLUMNS + " FROM orders.orders o ORDER BY o.placed_at DESC LIMIT ?",
                    limit);
        }
        return many(
                "SELECT "
                        + COLUMNS
                        + " FROM orders.orders o WHERE EXISTS (SELECT 1 FROM orders.fulfilments f"
                        + " WHERE f.order_id = o.id AND f.producer_id = ?) ORDER BY o.placed_at"
                        + " DESC LIMIT ?",
                producerId,
                limit);
    }

    @Override
    public List<TransitionRecord> history(UUID orderId) {
        return jdbc.prepareStatement(
                "SELECT fulfilment_id, from_status, to_status, actor, note, at FROM"
                        + " orders.order_events WHERE order_id = ? ORDER BY id",
                ps -> {
                    ps.setObject(1, orderId);
                    List<TransitionRecord> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new TransitionRecord(
                                            rs.getObject(1, UUID.class),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getTimestamp(6).toInstant()));
                        }
                    }
                    return out;
                });
    }

    private Optional<Order> one(String sql, Object key) {
        List<Order> found = many(sql, key);
        return found.stream().findFirst();
    }

    private List<Order> many(String sql, Object... params) {
        List<Head> heads =
                jdbc.prepareStatement(
                        sql,
                        ps -> {
                            bind(ps, params);
                            List<Head> out = new ArrayList<>();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) out.add(head(rs));
                            }
                            return out;
                        });
        List<Order> orders = new ArrayList<>();
        for (Head h : heads) {
            orders.add(h.toOrder(fulfilments(h.id)));
        }
        return orders;
    }

    private List<Fulfilment> fulfilments(UUID orderId) {
        return jdbc.prepareStatement(
                "SELECT f.id, f.producer_id, f.location_id, f.status, f.tracking_number,"
                        + " l.line_no, l.product_id, l.variant_sku, l.name, l.unit_price_vnd,"
                        + " l.quantity, l.lot, l.booking_date FROM orders.fulfilments f JOIN"
                        + " orders.order_lines l ON l.fulfilment_id = f.id WHERE f.order_id = ?"
                        + " ORDER BY f.producer_id, l.line_no",
                ps -> {
                    ps.setObject(1, orderId);
                    Map<UUID, Object[]> heads = new LinkedHashMap<>();
                    Map<UUID, List<OrderLine>> lines = new LinkedHashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            UUID id = rs.getObject(1, UUID.class);
                            heads.computeIfAbsent(
                                    id,
                                    k -> {
                                        try {
                                            return new Object[] {
                                                rs.getObject(2, UUID.class),
                                                rs.getObject(3, UUID.class),
                                                rs.getString(4),
                                                rs.getString(5)
                                            };
                                        } catch (SQLException e) {
                                            throw new IllegalStateException(e);
                                        }
                                    });
                            lines.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(
                                            new OrderLine(
                                                    rs.getInt(6),
                                                    rs.getObject(7, UUID.class),
                                                    rs.getString(8),
                                                    rs.getString(9),
                                                    rs.getLong(10),
                                                    rs.getLong(11),
                                                    rs.getString(12),
                                                    rs.getObject(13, LocalDate.class)));
                        }
                    }
                    List<Fulfilment> out = new ArrayList<>();
                    heads.forEach(
                            (id, h) ->
                                    out.add(
                                            new Fulfilment(
                                                    id,
                                                    (UUID) h[0],
                                                    (UUID) h[1],
                                                    lines.get(id),
                                                    FulfilmentStatus.valueOf((String) h[2]),
                                                    (String) h[3])));
                    return out;
                });
    }

    private record Head(
            UUID id,
            String number,
            OrderStatus status,
            PaymentMethod method,
            boolean settled,
            String paymentId,
            Order.Buyer buyer,
            Order.Delivery delivery,
            long deliveryFee,
            Instant reservedUntil,
            Instant placedAt,
            int version) {
        Order toOrder(List<Fulfilment> fulfilments) {
            return new Order(
                    id,
                    number,
                    method,
                    buyer,
                    delivery,
                    deliveryFee,
                    placedAt,
                    fulfilments,
                    version,
                    status,
                    settled,
                    paymentId,
                    reservedUntil);
        }
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                OrderStatus.valueOf(rs.getString(3)),
                PaymentMethod.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                new Order.Buyer(
                        rs.getObject(7, UUID.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)),
                new Order.Delivery(
                        Order.DeliveryKind.valueOf(rs.getString(11)),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getObject(15, UUID.class)),
                rs.getLong(16),
                instant(rs.getTimestamp(17)),
                instant(rs.getTimestamp(18)),
                rs.getInt(19));
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
