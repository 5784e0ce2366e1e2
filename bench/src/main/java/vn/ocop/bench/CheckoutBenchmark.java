package vn.ocop.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * Checkout throughput (issue 5): orders per second for a checkout of 3 lines from 2 producers
 * (stock reserved at both warehouses, a fresh Idempotency-Key each) through the whole application
 * over HTTP, against the SQL statements of one checkout replayed by pgbench on the same embedded
 * PostgreSQL in the same run, at the same concurrency.
 *
 * <p>Steps: starts the app on an embedded PostgreSQL, seeds two verified cooperatives with three
 * published, certified variants and a large stock through the API, captures the statements the
 * driver sends for one checkout (pgjdbc's FINEST protocol log, written to {@code
 * <out>/checkout-statements.txt}), then for each run and each concurrency: HTTP load for the given
 * seconds, then {@code pgbench -f bench/checkout.pgbench} for the same seconds. Prints orders/s,
 * p50/p95 of both and the ratio, per run and as medians.
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.CheckoutBenchmark bench/checkout.pgbench 5 10 8,32 [capture-only]
 * </pre>
 */
public final class CheckoutBenchmark {

    private CheckoutBenchmark() {}

    record Result(double ordersPerSecond, double p50, double p95, long errors) {}

    public static void main(String[] args) throws Exception {
        Path script =
                Path.of(args.length > 0 ? args[0] : "bench/checkout.pgbench").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int[] concurrencies =
                java.util.Arrays.stream((args.length > 3 ? args[3] : "8,32").split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray();
        boolean captureOnly = args.length > 4 && args[4].equals("capture-only");

        Path dataDir = Files.createTempDirectory("ocop-checkout-bench");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        String jdbcUrl = (String) properties.get("datasources.default.url");
        Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
        if (!port.find()) throw new IllegalStateException("No port in " + jdbcUrl);
        if (captureOnly) {
            // every statement parsed each time, so the protocol log shows all of them (the
            // measured runs keep the driver's default server-side prepared statements)
            properties.put(
                    "datasources.default.url",
                    jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "prepareThreshold=0");
        }
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.public-base-url", "https://ocop.example.vn");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        properties.put("ocop.orders.expiry-job.enabled", false);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) server.start();
            WebClient http = new WebClient(server.getURI());
            String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
            List<String> skus = seed(http, office);
            String body = checkoutBody(skus);

            // the seeding's search-index messages delivered, so the capture sees the checkout only
            var outbox = context.getBean(vn.ocop.platform.outbox.api.OutboxAdmin.class);
            while (outbox.drainOnce() > 0) {
                // deliver everything due
            }
            // one warm-up checkout, then the statements of the next one
            ok(
                    http.postJson(
                            "/api/v1/orders",
                            body,
                            "Idempotency-Key",
                            UUID.randomUUID().toString()));
            List<String> statements =
                    capture(
                            () ->
                                    ok(
                                            http.postJson(
                                                    "/api/v1/orders",
                                                    body,
                                                    "Idempotency-Key",
                                                    UUID.randomUUID().toString())));
            Path out = Path.of("bench/target");
            Files.createDirectories(out);
            Files.write(out.resolve("checkout-statements.txt"), statements);
            System.out.println("Captured " + statements.size() + " statements for one checkout:");
            statements.forEach(s -> System.out.println("  " + s));
            if (captureOnly) return;

            String pgPort = port.group(1);
            List<String> vars = variables(jdbcUrl, skus);
            Map<Integer, List<Result>> app = new HashMap<>();
            Map<Integer, List<Result>> sql = new HashMap<>();
            for (int run = 1; run <= runs; run++) {
                for (int c : concurrencies) {
                    Result a = httpLoad(server, body, c, seconds);
                    Result p = pgbench(script, pgPort, c, seconds, out, vars);
                    app.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
                    sql.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
                    System.out.printf(
                            "run %d c=%d app %.1f orders/s p50 %.1f p95 %.1f ms (errors %d) |"
                                    + " pgbench %.1f tps p50 %.1f p95 %.1f ms | ratio %.2f | load %s%n",
                            run,
                            c,
                            a.ordersPerSecond(),
                            a.p50(),
                            a.p95(),
                            a.errors(),
                            p.ordersPerSecond(),
                            p.p50(),
                            p.p95(),
                            a.ordersPerSecond() / p.ordersPerSecond(),
                            loadAverage());
                }
            }
            System.out.println("medians over " + runs + " runs of " + seconds + " s:");
            for (int c : concurrencies) {
                double ao = med(app.get(c), Result::ordersPerSecond);
                double po = med(sql.get(c), Result::ordersPerSecond);
                System.out.printf(
                        "c=%d app %.1f orders/s p50 %.1f p95 %.1f ms | pgbench %.1f tps p50 %.1f"
                                + " p95 %.1f ms | ratio %.2f%n",
                        c,
                        ao,
                        med(app.get(c), Result::p50),
                        med(app.get(c), Result::p95),
                        po,
                        med(sql.get(c), Result::p50),
                        med(sql.get(c), Result::p95),
                        ao / po);
            }
        } finally {
            context.close();
            boot.stopDatabase();
        }
    }

    private static double med(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
        return Percentiles.median(rs.stream().map(r -> f.applyAsDouble(r)).toList());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Statements pgjdbc parses (FE=> Parse) or sends as simple queries while the action runs. */
    static List<String> capture(Runnable action) {
        List<String> seen = new ArrayList<>();
        Pattern parse =
                Pattern.compile(
                        "FE=> (?:Parse|SimpleQuery)\\(.*?query=\"(.*)\"(?:,oids=\\{.*\\})?\\)\\s*$",
                        Pattern.DOTALL);
        Logger logger = Logger.getLogger("org.postgresql");
        Level before = logger.getLevel();
        Handler handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord r) {
                        String msg = r.getMessage();
                        if (msg == null) return;
                        if (r.getParameters() != null) {
                            msg = java.text.MessageFormat.format(msg, r.getParameters());
                        }
                        Matcher m = parse.matcher(msg);
                        if (m.find() && !m.group(1).contains("outbox_messages")) {
                            synchronized (seen) {
                                seen.add(m.group(1));
                            }
                        }
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.FINEST);
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
        return seen;
    }

    static Result httpLoad(EmbeddedServer server, String body, int concurrency, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            new Thread(
                            () -> {
                                WebClient client = new WebClient(server.getURI());
                                List<Long> mine = new ArrayList<>();
                                while (System.nanoTime() < end) {
                                    long t0 = System.nanoTime();
                                    var r =
                                            client.postJson(
                                                    "/api/v1/orders",
                                                    body,
                                                    "Idempotency-Key",
                                                    UUID.randomUUID().toString());
                                    if (r.status() == 201) {
                                        mine.add(System.nanoTime() - t0);
                                    } else {
                                        errors.incrementAndGet();
                                    }
                                }
                                latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                                done.countDown();
                            })
                    .start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Result(
                all.length / elapsed,
                Percentiles.of(all, 50),
                Percentiles.of(all, 95),
                errors.get());
    }

    /** pgbench -D definitions: SKUs, their products and warehouses, and the two producers. */
    static List<String> variables(String jdbcUrl, List<String> skus) throws Exception {
        List<String> vars = new ArrayList<>();
        List<String> producers = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (int i = 0; i < skus.size(); i++) {
                try (var ps =
                        c.prepareStatement(
                                "SELECT v.product_id, l.location_id, l.producer_id FROM"
                                        + " catalog.variants v JOIN orders.stock_levels l ON"
                                        + " l.variant_sku = v.sku WHERE v.sku = ?")) {
                    ps.setString(1, skus.get(i));
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        vars.add("sku" + i + "=" + skus.get(i));
                        vars.add("prod" + i + "=" + rs.getString(1));
                        vars.add("loc" + i + "=" + rs.getString(2));
                        if (!producers.contains(rs.getString(3))) producers.add(rs.getString(3));
                    }
                }
            }
        }
        for (int i = 0; i < producers.size(); i++) vars.add("prodr" + i + "=" + producers.get(i));
        return vars;
    }

    static Result pgbench(
            Path script, String port, int concurrency, int seconds, Path out, List<String> vars)
            throws IOException, InterruptedException {
        Path logDir = Files.createTempDirectory(out.toAbsolutePath(), "pgbench-log");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "pgbench",
                                "-n",
                                "-h",
                                "127.0.0.1",
                                "-p",
                                port,
                                "-U",
                                "postgres",
                                "-M",
                                "prepared",
                                "-c",
                                String.valueOf(concurrency),
                                "-j",
                                "2",
                                "-T",
                                String.valueOf(seconds),
                                "-l",
                                "--log-prefix",
                                logDir.resolve("tx").toString(),
                                "-f",
                                script.toString()));
        for (String v : vars) {
            command.add("-D");
            command.add(v);
        }
        command.add("postgres");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("pgbench failed:\n" + output);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) throw new IllegalStateException("No tps in:\n" + output);
        List<Long> micros = new ArrayList<>();
        long failed = 0;
        try (var files = Files.list(logDir)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.split(" ");
                    if (cols.length > 2) micros.add(Long.parseLong(cols[2]));
                }
            }
        }
        Matcher failedM = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        if (failedM.find()) failed = Long.parseLong(failedM.group(1));
        long[] nanos = micros.stream().mapToLong(m -> m * 1000).toArray();
        return new Result(
                Double.parseDouble(tps.group(1)),
                Percentiles.of(nanos, 50),
                Percentiles.of(nanos, 95),
                failed);
    }

    static String checkoutBody(List<String> skus) {
        return """
                {"lines":[{"sku":"%s","quantity":1},{"sku":"%s","quantity":1},{"sku":"%s","quantity":1}],
                 "recipient":{"name":"Trần Thị Mai","phone":"0987654321","email":"mai@example.vn"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"12 Phố Điện Biên Phủ"},
                 "paymentMethod":"VIETQR"}
                """
                .formatted(skus.get(0), skus.get(1), skus.get(2));
    }

    /** Two cooperatives, three published variants (2 + 1), each with a large stock. */
    static List<String> seed(WebClient http, String office) {
        BenchShop shop = new BenchShop(http, office);
        List<String> skus = new ArrayList<>();
        for (int producer = 0; producer < 2; producer++) {
            String name = producer == 0 ? "HTX Nước mắm Cát Hải" : "HTX Chè Tân Cương";
            BenchShop.Producer p = shop.producer(name, "B" + producer);
            for (int v = 0; v < (producer == 0 ? 2 : 1); v++) {
                String sku = "BENCH-" + producer + "-" + v;
                shop.product(p, sku);
                shop.receive(p, sku, 1_000_000);
                skus.add(sku);
            }
        }
        return skus;
    }

    private static WebClient.Response ok(WebClient.Response response) {
        return BenchShop.ok(response);
    }
}
