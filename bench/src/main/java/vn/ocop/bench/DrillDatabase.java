package vn.ocop.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL 17 server of the out-of-process drills (the same zonky binaries the application
 * embeds), owned by the drill so it can outlive a killed application and be restarted under it: a
 * fixed data directory and port, so a restart comes back where the application's pool expects it.
 * Also the drills' SQL checks of the orders schema.
 */
final class DrillDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    DrillDatabase() {
        try {
            this.dataDirectory = Files.createTempDirectory("ocop-drill-pg");
            try (ServerSocket s = new ServerSocket(0)) {
                this.port = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    void start() {
        try {
            postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(dataDirectory)
                            .setCleanDataDirectory(false)
                            .setPort(port)
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("listen_addresses", "127.0.0.1")
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (pg_ctl stop, fast mode: open sessions are disconnected). */
    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    long number(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /**
     * The checks that no order is half-written and no reservation is lost or doubled, for orders of
     * {@code lines} lines from {@code fulfilments} producers. Prints each; returns how many failed.
     */
    int orderInvariants(int fulfilments, int lines) throws SQLException {
        int failed = 0;
        failed +=
                check(
                        "orders without exactly "
                                + fulfilments
                                + " fulfilments and "
                                + lines
                                + " lines",
                        rows(
                                "SELECT o.number, count(DISTINCT f.id), count(l.line_no) FROM"
                                        + " orders.orders o LEFT JOIN orders.fulfilments f ON"
                                        + " f.order_id = o.id LEFT JOIN orders.order_lines l ON"
                                        + " l.fulfilment_id = f.id GROUP BY o.id, o.number HAVING"
                                        + " count(DISTINCT f.id) <> "
                                        + fulfilments
                                        + " OR count(l.line_no) <> "
                                        + lines));
        failed +=
                check(
                        "orders without a placing event",
                        rows(
                                "SELECT o.number FROM orders.orders o WHERE NOT EXISTS (SELECT 1"
                                        + " FROM orders.order_events e WHERE e.order_id = o.id)"));
        failed +=
                check(
                        "orders without their Idempotency-Key row, or keys without an order",
                        rows(
                                "SELECT 'order ' || o.number FROM orders.orders o WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM orders.idempotency_keys k WHERE"
                                        + " k.order_id = o.id) UNION ALL SELECT 'key ' || k.key"
                                        + " FROM orders.idempotency_keys k WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM orders.orders o WHERE o.id ="
                                        + " k.order_id)"));
        failed +=
                check(
                        "stock levels that differ from the sum of their movements",
                        rows(
                                "SELECT s.variant_sku, s.on_hand, s.reserved, m.on_hand, m.reserved"
                                        + " FROM orders.stock_levels s LEFT JOIN LATERAL (SELECT"
                                        + " coalesce(sum(on_hand_delta), 0) AS on_hand,"
                                        + " coalesce(sum(reserved_delta), 0) AS reserved FROM"
                                        + " orders.stock_movements m WHERE m.location_id ="
                                        + " s.location_id AND m.variant_sku = s.variant_sku) m ON"
                                        + " true WHERE (s.on_hand, s.reserved) <> (m.on_hand,"
                                        + " m.reserved)"));
        failed +=
                check(
                        "stock levels whose reserved differs from the units of their live"
                                + " (awaiting payment or confirmed) orders",
                        rows(
                                "SELECT s.variant_sku, s.reserved, r.units FROM"
                                        + " orders.stock_levels s LEFT JOIN LATERAL (SELECT"
                                        + " coalesce(sum(l.quantity), 0) AS units FROM"
                                        + " orders.order_lines l JOIN orders.fulfilments f ON f.id"
                                        + " = l.fulfilment_id JOIN orders.orders o ON o.id ="
                                        + " f.order_id WHERE f.location_id = s.location_id AND"
                                        + " l.variant_sku = s.variant_sku AND o.status IN"
                                        + " ('PENDING_PAYMENT', 'CONFIRMED')) r ON true WHERE"
                                        + " s.reserved <> r.units"));
        return failed;
    }

    private static int check(String what, List<String> offending) {
        System.out.printf(
                "  check %-95s %s%n",
                what + ":",
                offending.isEmpty()
                        ? "none — ok"
                        : offending.size()
                                + " — FAIL "
                                + offending.subList(0, Math.min(5, offending.size())));
        return offending.isEmpty() ? 0 : 1;
    }

    @Override
    public void close() {
        stop();
    }
}
