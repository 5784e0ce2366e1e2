package vn.ocop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpRequest;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * Issue 7 drill, full size: Stripe and bank notifications each delivered 5× in shuffled order give
 * one payment and the right state. Over real HTTP against the whole application (embedded
 * PostgreSQL; the real stripe-java client talks to {@link StripeStand}):
 *
 * <ul>
 *   <li>{@code n} VietQR orders, each paid by one signed bank notification;
 *   <li>{@code n} card orders paid: {@code checkout.session.completed} and {@code
 *       payment_intent.succeeded};
 *   <li>{@code n} card orders lost: {@code payment_intent.payment_failed} and {@code
 *       checkout.session.expired};
 * </ul>
 *
 * every notification delivered {@code copies} times, all of them shuffled together (fixed seed) and
 * posted concurrently. Checked in the database and through order tracking: every delivery answered
 * 200; each paid order has exactly one payment, {@code SUCCEEDED}, and is CONFIRMED once; each lost
 * order has no settled payment and is CANCELLED; the product's stock holds exactly the paid orders'
 * units as reserved and the lost orders' units went back. The CI-sized version is {@code
 * PaymentDrillTest} (orders, 3 copies).
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.PaymentNotificationDrill 100 5 64
 * </pre>
 */
public final class PaymentNotificationDrill {

    private static final String BANK_SECRET = "bench-bank-secret";
    private static final String STRIPE_SECRET = "whsec_bench";
    private static final String PHONE = "0987654321";

    private enum Kind {
        BANK,
        CARD_PAID,
        CARD_LOST
    }

    private record Placed(String number, long total, Kind kind) {}

    private record Delivery(Kind kind, String path, String body) {}

    public static void main(String[] args) throws Exception {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261123L;

        Path dataDir = Files.createTempDirectory("ocop-payment-drill");
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
        properties.put("ocop.stripe.secret-key", "sk_test_bench");
        properties.put("ocop.stripe.webhook-secret", STRIPE_SECRET);
        boolean held;
        try (StripeStand stripe = new StripeStand()) {
            properties.put("ocop.stripe.api-base", stripe.baseUrl());
            try (ApplicationContext context =
                    ApplicationContext.builder().properties(properties).start()) {
                EmbeddedServer server = context.getBean(EmbeddedServer.class);
                if (!server.isRunning()) server.start();
                DataSource dataSource =
                        DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
                held = run(server.getURI(), dataSource, perKind, copies, threads, seed);
            }
        } finally {
            boot.stopDatabase();
        }
        System.out.println(held ? "PASS" : "FAIL");
        System.exit(held ? 0 : 1);
    }

    private static boolean run(
            URI app, DataSource db, int perKind, int copies, int threads, long seed)
            throws Exception {
        WebClient http = new WebClient(app);
        String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
        BenchShop shop = new BenchShop(http, office);
        BenchShop.Producer producer = shop.producer("HTX Nước mắm Cát Hải", "DRILL-PAY");
        String sku = "DRILL-PAY-" + UUID.randomUUID().toString().substring(0, 8);
        shop.product(producer, sku);
        long stock = 3L * perKind;
        shop.receive(producer, sku, stock);

        long setup = System.nanoTime();
        List<Placed> placed = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) {
                JsonNode order =
                        BenchShop.ok(
                                        http.postJson(
                                                "/api/v1/orders",
                                                order(sku, kind == Kind.BANK ? "VIETQR" : "CARD"),
                                                "Idempotency-Key",
                                                UUID.randomUUID().toString()))
                                .json();
                String number = order.get("number").asText();
                long total = order.get("totalVnd").asLong();
                placed.add(new Placed(number, total, kind));
                List<Delivery> notifications = notifications(http, kind, number, total);
                for (int c = 0; c < copies; c++) deliveries.addAll(notifications);
            }
        }
        System.out.printf(
                "placed %d orders (%d VietQR, %d card paid, %d card lost) of 1 unit of %s, stock"
                        + " %d, in %d ms; %d deliveries (each notification %d×)%n",
                placed.size(),
                perKind,
                perKind,
                perKind,
                sku,
                stock,
                (System.nanoTime() - setup) / 1_000_000,
                deliveries.size(),
                copies);

        Collections.shuffle(deliveries, new Random(seed));
        Map<String, Map<String, Integer>> outcomes = new ConcurrentHashMap<>();
        ThreadLocal<WebClient> clients = ThreadLocal.withInitial(() -> new WebClient(app));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Delivery d : deliveries) {
            running.add(
                    pool.submit(
                            () -> {
                                go.await();
                                WebClient.Response r = deliver(clients.get(), d);
                                String outcome =
                                        r.status() == 200
                                                ? r.json().path("outcome").asText("?")
                                                : "HTTP " + r.status();
                                outcomes.computeIfAbsent(
                                                d.kind() + " " + d.path().replaceAll(".*/", ""),
                                                k -> new ConcurrentHashMap<>())
                                        .merge(outcome, 1, Integer::sum);
                                return null;
                            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) f.get(10, TimeUnit.MINUTES);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        System.out.printf(
                "delivered %d notifications with %d threads in %d ms (%.0f/s)%n",
                deliveries.size(), threads, elapsed, deliveries.size() * 1000.0 / elapsed);
        new TreeMap<>(outcomes)
                .forEach((k, v) -> System.out.printf("  %-28s %s%n", k, new TreeMap<>(v)));
        boolean allOk =
                outcomes.values().stream()
                        .flatMap(m -> m.keySet().stream())
                        .noneMatch(o -> o.startsWith("HTTP"));

        Map<Kind, Integer> wrong = new TreeMap<>();
        for (Placed p : placed) {
            long settled = count(db, p.number(), "SUCCEEDED");
            long all = count(db, p.number(), null);
            JsonNode tracked =
                    http.get("/api/v1/orders/track?number=" + p.number() + "&phone=" + PHONE)
                            .json();
            String status = tracked.path("status").asText();
            long confirmations = 0;
            for (JsonNode t : tracked.path("history")) {
                if ("CONFIRMED".equals(t.path("to").asText())) confirmations++;
            }
            boolean right =
                    p.kind() == Kind.CARD_LOST
                            ? settled == 0 && "CANCELLED".equals(status)
                            : settled == 1
                                    && all == 1
                                    && "CONFIRMED".equals(status)
                                    && confirmations == 1;
            if (!right) {
                wrong.merge(p.kind(), 1, Integer::sum);
                System.out.printf(
                        "  WRONG %s %s: payments=%d succeeded=%d status=%s confirmations=%d%n",
                        p.kind(), p.number(), all, settled, status, confirmations);
            }
        }
        long[] level = level(db, sku);
        boolean stockRight = level[0] == stock && level[1] == 2L * perKind;
        System.out.printf(
                "orders in the wrong state: %s of %d; stock on hand %d (expected %d), reserved %d"
                        + " (expected %d = the paid orders' units)%n",
                wrong.isEmpty() ? "none" : wrong,
                placed.size(),
                level[0],
                stock,
                level[1],
                2L * perKind);
        return allOk && wrong.isEmpty() && stockRight;
    }

    /** The notifications the payment providers send for one order of this kind. */
    private static List<Delivery> notifications(
            WebClient http, Kind kind, String number, long total) {
        if (kind == Kind.BANK) {
            String body =
                    "{\"amount\":"
                            + total
                            + ",\"content\":\"CK "
                            + number.replace("-", "")
                            + " thanh toan\",\"transactionId\":\"FT"
                            + number.replace("-", "")
                            + "\",\"time\":\"2026-11-23T08:15:30+07:00\"}";
            return List.of(new Delivery(kind, "/api/v1/payments/bank/notifications", body));
        }
        String session =
                BenchShop.ok(
                                http.postJson(
                                        "/api/v1/orders/" + number + "/payment/card",
                                        "{\"phone\":\"" + PHONE + "\"}"))
                        .json()
                        .get("sessionId")
                        .asText();
        String intent = "pi_" + number.replace("-", "");
        String webhook = "/api/v1/payments/stripe/webhook";
        if (kind == Kind.CARD_PAID) {
            return List.of(
                    new Delivery(
                            kind,
                            webhook,
                            StripeStand.event(
                                    "evt_c_" + UUID.randomUUID(),
                                    "checkout.session.completed",
                                    StripeStand.completedSession(session, number, total, intent))),
                    new Delivery(
                            kind,
                            webhook,
                            StripeStand.event(
                                    "evt_s_" + UUID.randomUUID(),
                                    "payment_intent.succeeded",
                                    StripeStand.intent(intent, number, total, true))));
        }
        return List.of(
                new Delivery(
                        kind,
                        webhook,
                        StripeStand.event(
                                "evt_f_" + UUID.randomUUID(),
                                "payment_intent.payment_failed",
                                StripeStand.intent(intent, number, total, false))),
                new Delivery(
                        kind,
                        webhook,
                        StripeStand.event(
                                "evt_e_" + UUID.randomUUID(),
                                "checkout.session.expired",
                                StripeStand.expiredSession(session, number))));
    }

    private static WebClient.Response deliver(WebClient http, Delivery d) {
        boolean bank = d.kind() == Kind.BANK;
        String signature =
                bank
                        ? "sha256="
                                + BankNotifications.sign(
                                        d.body().getBytes(StandardCharsets.UTF_8), BANK_SECRET)
                        : StripeStand.signature(d.body(), STRIPE_SECRET);
        return http.send(
                http.builder(d.path())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header(bank ? "X-Signature" : "Stripe-Signature", signature)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        d.body(), StandardCharsets.UTF_8)));
    }

    static String order(String sku, String paymentMethod) {
        return """
                {"lines":[{"sku":"%s","quantity":1}],
                 "recipient":{"name":"Trần Thị Mai","phone":"%s","email":"mai@example.vn"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"12 Phố Điện Biên Phủ"},
                 "paymentMethod":"%s"}
                """
                .formatted(sku, PHONE, paymentMethod);
    }

    private static long count(DataSource db, String number, String status) throws SQLException {
        String sql =
                "SELECT count(*) FROM orders.payments WHERE order_number = ?"
                        + (status == null ? "" : " AND status = ?");
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, number);
            if (status != null) ps.setString(2, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long[] level(DataSource db, String sku) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT sum(on_hand), sum(reserved) FROM orders.stock_levels"
                                        + " WHERE variant_sku = ?")) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
