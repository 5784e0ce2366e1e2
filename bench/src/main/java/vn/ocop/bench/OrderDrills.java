package vn.ocop.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * The full-size reliability drills of issue 7 for orders, over real HTTP against the whole
 * application on an embedded PostgreSQL (the CI-sized versions are {@code ConcurrencyDrillTest} and
 * {@code PaymentDrillTest} in the orders module):
 *
 * <ol>
 *   <li>1,000 concurrent buyers for 100 units, repeated: exactly 100 orders each time, 900 clear
 *       refusals, stock never below zero;
 *   <li>the same Idempotency-Key posted 100 times concurrently, repeated: one order each time;
 *   <li>each bank notification of a VietQR order delivered 5 times, shuffled and concurrent, over
 *       many orders: one payment per order, every order paid.
 * </ol>
 *
 * Prints each run and a summary; exits with 1 if any run broke its rule.
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.OrderDrills 20 1000 100
 * </pre>
 */
public final class OrderDrills {

    private static final String BANK_SECRET = "bench-bank-secret";

    private final WebClient http;
    private final BenchShop shop;
    private final DataSource dataSource;
    private final ExecutorService pool;
    private final java.net.URI app;
    private int failures;

    /**
     * One client per worker thread: a client per call leaves thousands of selector threads and
     * sockets to the garbage collector and runs out of file descriptors.
     */
    private final ThreadLocal<WebClient> clients;

    private OrderDrills(java.net.URI app, String office, DataSource dataSource, int threads) {
        this.app = app;
        this.http = new WebClient(app);
        this.shop = new BenchShop(http, office);
        this.dataSource = dataSource;
        this.pool = Executors.newFixedThreadPool(threads);
        this.clients = ThreadLocal.withInitial(() -> new WebClient(app));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int buyers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int units = args.length > 2 ? Integer.parseInt(args[2]) : 100;

        Path dataDir = Files.createTempDirectory("ocop-drills");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        properties.put("ocop.orders.expiry-job.enabled", false);
        properties.put("ocop.vietqr.bank-bin", "970415");
        properties.put("ocop.vietqr.account", "113366668888");
        properties.put("ocop.vietqr.account-name", "TRUNG TAM OCOP");
        properties.put("ocop.bank.webhook-secret", BANK_SECRET);
        int failures;
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) server.start();
            WebClient http = new WebClient(server.getURI());
            String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
            DataSource dataSource =
                    DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            OrderDrills drills = new OrderDrills(server.getURI(), office, dataSource, 200);
            try {
                drills.oversell(runs, buyers, units);
                drills.idempotency(runs, 100);
                drills.bankNotifications(runs, 5);
            } finally {
                drills.pool.shutdownNow();
            }
            failures = drills.failures;
        } finally {
            boot.stopDatabase();
        }
        System.out.println(failures == 0 ? "ALL DRILLS HELD" : failures + " RUNS BROKE THEIR RULE");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Buyers race for a product with {@code units} in stock; a fresh product each run. */
    private void oversell(int runs, int buyers, int units) throws Exception {
        BenchShop.Producer producer = shop.producer("HTX Vải thiều Lục Ngạn", "DRILL-OVERSELL");
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String sku = "DRILL-" + run + "-" + UUID.randomUUID().toString().substring(0, 8);
            shop.product(producer, sku);
            shop.receive(producer, sku, units);
            String body = order(sku, "COD");
            long start = System.nanoTime();
            List<WebClient.Response> responses =
                    race(buyers, () -> client().postJson("/api/v1/orders", body));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            millis.add(elapsed);
            Map<Integer, Integer> statuses = statuses(responses);
            long orders =
                    number(
                            "SELECT count(DISTINCT f.order_id) FROM orders.order_lines l JOIN"
                                    + " orders.fulfilments f ON f.id = l.fulfilment_id WHERE"
                                    + " l.variant_sku = ?",
                            sku);
            long free =
                    number(
                            "SELECT min(on_hand - reserved) FROM orders.stock_levels WHERE"
                                    + " variant_sku = ?",
                            sku);
            boolean held =
                    statuses.getOrDefault(201, 0) == units
                            && statuses.getOrDefault(409, 0) == buyers - units
                            && orders == units
                            && free == 0;
            report(
                    "oversell",
                    run,
                    held,
                    "statuses=%s orders=%d free=%d %d ms",
                    statuses,
                    orders,
                    free,
                    elapsed);
        }
        System.out.printf(
                "oversell: %d runs of %d buyers for %d units, median %.0f ms per run%n",
                runs,
                buyers,
                units,
                Percentiles.median(millis.stream().map(Long::doubleValue).toList()));
    }

    /** One Idempotency-Key posted {@code copies} times at once makes one order. */
    private void idempotency(int runs, int copies) throws Exception {
        BenchShop.Producer producer = shop.producer("HTX Cà phê Cầu Đất", "DRILL-IDEMPOTENCY");
        String sku = "DRILL-KEY-" + UUID.randomUUID().toString().substring(0, 8);
        shop.product(producer, sku);
        shop.receive(producer, sku, 1_000_000);
        String body = order(sku, "VIETQR");
        for (int run = 1; run <= runs; run++) {
            String key = "drill-" + UUID.randomUUID();
            List<WebClient.Response> responses =
                    race(
                            copies,
                            () ->
                                    client().postJson(
                                                    "/api/v1/orders",
                                                    body,
                                                    "Idempotency-Key",
                                                    key));
            long numbers =
                    responses.stream()
                            .filter(r -> r.status() == 201)
                            .map(r -> r.json().get("number").asText())
                            .distinct()
                            .count();
            long keys = number("SELECT count(*) FROM orders.idempotency_keys WHERE key = ?", key);
            boolean held =
                    statuses(responses).equals(Map.of(201, copies)) && numbers == 1 && keys == 1;
            report(
                    "idempotency",
                    run,
                    held,
                    "statuses=%s distinct orders=%d",
                    statuses(responses),
                    numbers);
        }
    }

    /**
     * {@code orders} VietQR orders; each order's bank notification delivered {@code copies} times,
     * all notifications shuffled and posted concurrently.
     */
    private void bankNotifications(int orders, int copies) throws Exception {
        BenchShop.Producer producer = shop.producer("HTX Chè Tân Cương", "DRILL-BANK");
        String sku = "DRILL-BANK-" + UUID.randomUUID().toString().substring(0, 8);
        shop.product(producer, sku);
        shop.receive(producer, sku, 1_000_000);
        String body = order(sku, "VIETQR");
        List<String> numbers = new ArrayList<>();
        List<String> notifications = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            var order =
                    BenchShop.ok(
                            http.postJson(
                                    "/api/v1/orders",
                                    body,
                                    "Idempotency-Key",
                                    UUID.randomUUID().toString()));
            String number = order.json().get("number").asText();
            long amount = order.json().get("totalVnd").asLong();
            numbers.add(number);
            String notification =
                    "{\"amount\":"
                            + amount
                            + ",\"content\":\"CK "
                            + number.replace("-", "")
                            + " thanh toan\",\"transactionId\":\"FT"
                            + number.replace("-", "")
                            + "\",\"time\":\"2026-11-22T10:15:30+07:00\"}";
            for (int c = 0; c < copies; c++) {
                notifications.add(notification);
            }
        }
        Collections.shuffle(notifications, new Random(20261122L));
        java.util.concurrent.atomic.AtomicInteger next =
                new java.util.concurrent.atomic.AtomicInteger();
        List<WebClient.Response> responses =
                race(notifications.size(), () -> post(notifications.get(next.getAndIncrement())));
        int bad = 0;
        for (String number : numbers) {
            long payments =
                    number(
                            "SELECT count(*) FROM orders.payments WHERE order_number = ? AND"
                                    + " status = 'SUCCEEDED'",
                            number);
            long all =
                    number("SELECT count(*) FROM orders.payments WHERE order_number = ?", number);
            if (payments != 1 || all != 1) {
                bad++;
                System.out.printf("  order %s: %d payments, %d paid%n", number, all, payments);
            }
        }
        report(
                "bank notifications",
                1,
                bad == 0 && responses.stream().allMatch(r -> r.status() == 200),
                "%d orders × %d deliveries, statuses=%s, outcomes=%s, orders without exactly one"
                        + " settled payment=%d",
                orders,
                copies,
                statuses(responses),
                outcomes(responses),
                bad);
    }

    /** A guest checkout of one unit of {@code sku}, delivered to Hà Nội. */
    private static String order(String sku, String paymentMethod) {
        return """
                {"lines":[{"sku":"%s","quantity":1}],
                 "recipient":{"name":"Trần Thị Mai","phone":"0987654321","email":"mai@example.vn"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"12 Phố Điện Biên Phủ"},
                 "paymentMethod":"%s"}
                """
                .formatted(sku, paymentMethod);
    }

    private WebClient client() {
        return clients.get();
    }

    private WebClient.Response post(String body) {
        String signature =
                "sha256="
                        + BankNotifications.sign(
                                body.getBytes(StandardCharsets.UTF_8), BANK_SECRET);
        WebClient http = client();
        return http.send(
                http.builder("/api/v1/payments/bank/notifications")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Signature", signature)
                        .POST(
                                java.net.http.HttpRequest.BodyPublishers.ofString(
                                        body, StandardCharsets.UTF_8)));
    }

    private List<WebClient.Response> race(int callers, Callable<WebClient.Response> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WebClient.Response>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return call.call();
                            }));
        }
        start.countDown();
        List<WebClient.Response> responses = new ArrayList<>();
        for (var f : futures) responses.add(f.get());
        return responses;
    }

    private static Map<String, Integer> outcomes(List<WebClient.Response> responses) {
        Map<String, Integer> outcomes = new TreeMap<>();
        responses.forEach(
                r -> {
                    var outcome = r.status() == 200 ? r.json().get("outcome") : null;
                    outcomes.merge(outcome == null ? "?" : outcome.asText(), 1, Integer::sum);
                });
        return outcomes;
    }

    private static Map<Integer, Integer> statuses(List<WebClient.Response> responses) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        responses.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    private void report(String drill, int run, boolean held, String format, Object... args) {
        if (!held) failures++;
        System.out.printf(
                "%s run %d: %s — %s%n",
                drill, run, held ? "held" : "BROKEN", String.format(format, args));
    }

    private long number(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
