package vn.ocop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.TestElasticsearch;
import vn.ocop.testkit.WebClient;

/**
 * Issue 7 drill: Elasticsearch killed (SIGKILL) during 10,000 catalogue updates, then restarted;
 * afterwards the index equals the database — no missing and no stale document. The whole
 * application runs in this JVM on an embedded PostgreSQL with the Elasticsearch engine, against the
 * test kit's node ({@link TestElasticsearch}: the integ-test zip, run as an unprivileged user).
 * {@code products} products are published through the API; then {@code threads} workers (each
 * owning a share of the products) make {@code updates} catalogue updates through the API, in a
 * seeded-random mix: 85 % variant price changes (producer member), 15 % visibility changes (the
 * office unpublishes a published product; an unpublished one is submitted by its member and
 * published by the office, two updates). When {@code killAt} updates are done, every process of the
 * node gets SIGKILL; after {@code downSeconds} the node is started again while the updates go on.
 * The outbox retries the index updates while the node is away. When every update is done and no
 * {@code catalog.product-changed} message is pending, every document of the index is compared with
 * the database: a document for exactly the published products, with their active variants' prices
 * and Vietnamese name.
 *
 * <pre>
 * java -Docop.test.elasticsearch.zip=$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/8.19.21/elasticsearch-8.19.21.zip \
 *   -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.ElasticsearchKillDrill 10000 200 4 3000 20
 * </pre>
 *
 * Arguments: updates, products, threads, updates before the kill, seconds the node stays down.
 * Outbox retries for the drill: first after 1 s, at most every 10 s, given up after 200 attempts.
 */
public final class ElasticsearchKillDrill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIAS = "ocop-products";

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int killAt = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        int downSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;

        String elasticsearch = TestElasticsearch.url();
        System.out.println("Elasticsearch node at " + elasticsearch);
        Path dataDir = Files.createTempDirectory("ocop-es-drill");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        properties.put("ocop.elasticsearch.url", elasticsearch);
        properties.put("ocop.outbox.retry.base-delay", "1s");
        properties.put("ocop.outbox.retry.max-delay", "10s");
        properties.put("ocop.outbox.retry.max-attempts", 200);
        boolean held;
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) server.start();
            DataSource db =
                    DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            held =
                    new ElasticsearchKillDrill(server.getURI(), db, elasticsearch)
                            .run(updates, products, threads, killAt, downSeconds);
        } finally {
            boot.stopDatabase();
            TestElasticsearch.stop();
        }
        System.out.println(held ? "PASS" : "FAIL");
        System.exit(held ? 0 : 1);
    }

    private record Product(UUID id, String sku, BenchShop.Producer owner) {}

    private final URI app;
    private final DataSource db;
    private final String elasticsearch;
    private final HttpClient es = HttpClient.newHttpClient();

    private ElasticsearchKillDrill(URI app, DataSource db, String elasticsearch) {
        this.app = app;
        this.db = db;
        this.elasticsearch = elasticsearch;
    }

    private boolean run(int updates, int count, int threads, int killAt, int downSeconds)
            throws Exception {
        WebClient http = new WebClient(app);
        String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
        BenchShop shop = new BenchShop(http, office);
        List<BenchShop.Producer> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            producers.add(shop.producer("HTX Chè Thái Nguyên " + t, "DRILL-ES-" + t));
        }
        long setup = System.nanoTime();
        List<Product> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BenchShop.Producer owner = producers.get(i % threads);
            String sku = "ES-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            shop.product(owner, sku);
            all.add(new Product(productId(sku), sku, owner));
        }
        System.out.printf(
                "published %d products of %d producers in %d ms; waiting for the index%n",
                count, threads, (System.nanoTime() - setup) / 1_000_000);
        awaitOutbox();
        System.out.println("before the updates: " + compare());

        AtomicInteger done = new AtomicInteger();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Thread killer =
                new Thread(
                        () -> {
                            try {
                                while (done.get() < killAt) Thread.sleep(20);
                                List<ProcessHandle> node = nodeProcesses();
                                long at = System.nanoTime();
                                node.forEach(ProcessHandle::destroyForcibly);
                                for (ProcessHandle p : node) p.onExit().join();
                                System.out.printf(
                                        "at update %d: SIGKILL to the Elasticsearch node (%d"
                                                + " processes, pids %s)%n",
                                        done.get(),
                                        node.size(),
                                        node.stream().map(ProcessHandle::pid).toList());
                                Thread.sleep(downSeconds * 1000L);
                                System.out.printf(
                                        "at update %d: starting the node again%n", done.get());
                                TestElasticsearch.restart();
                                System.out.printf(
                                        "at update %d: the node serves again, %d ms after the"
                                                + " kill%n",
                                        done.get(), (System.nanoTime() - at) / 1_000_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "es-killer");
        killer.start();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            List<Product> mine = new ArrayList<>();
            for (int i = worker; i < all.size(); i += threads) mine.add(all.get(i));
            Thread w =
                    new Thread(
                            () -> {
                                WebClient client = new WebClient(app);
                                Random random = new Random(20261123L + worker);
                                Map<UUID, Boolean> published = new HashMap<>();
                                mine.forEach(p -> published.put(p.id(), true));
                                while (done.get() < updates) {
                                    Product p = mine.get(random.nextInt(mine.size()));
                                    if (random.nextInt(100) < 85) {
                                        long price = 10_000 + 1_000L * random.nextInt(500);
                                        count(
                                                kinds,
                                                failures,
                                                "price",
                                                client.putJson(
                                                        "/api/v1/producer/products/"
                                                                + p.id()
                                                                + "/variants/"
                                                                + p.sku()
                                                                + "/price",
                                                        "{\"priceVnd\":" + price + "}",
                                                        "Authorization",
                                                        p.owner().member()));
                                        done.incrementAndGet();
                                    } else if (published.get(p.id())) {
                                        count(
                                                kinds,
                                                failures,
                                                "unpublish",
                                                client.postJson(
                                                        "/api/v1/office/products/"
                                                                + p.id()
                                                                + "/unpublish",
                                                        "{\"reason\":\"Tạm ngừng kinh doanh\"}",
                                                        "Authorization",
                                                        office));
                                        published.put(p.id(), false);
                                        done.incrementAndGet();
                                    } else {
                                        count(
                                                kinds,
                                                failures,
                                                "submit",
                                                client.postJson(
                                                        "/api/v1/producer/products/"
                                                                + p.id()
                                                                + "/submit",
                                                        "",
                                                        "Authorization",
                                                        p.owner().member()));
                                        count(
                                                kinds,
                                                failures,
                                                "publish",
                                                client.postJson(
                                                        "/api/v1/office/products/"
                                                                + p.id()
                                                                + "/publish",
                                                        "",
                                                        "Authorization",
                                                        office));
                                        published.put(p.id(), true);
                                        done.addAndGet(2);
                                    }
                                }
                            },
                            "es-drill-updates-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) w.join();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "%d catalogue updates by %d threads in %d ms (%.0f/s): %s; refused or failed: %s%n",
                done.get(),
                threads,
                elapsed,
                done.get() * 1000.0 / elapsed,
                new TreeMap<>(kinds),
                failures.isEmpty() ? "none" : new TreeMap<>(failures));
        killer.join();
        long drainStart = System.nanoTime();
        awaitOutbox();
        System.out.printf(
                "the outbox drained %d ms after the last update; messages %s%n",
                (System.nanoTime() - drainStart) / 1_000_000, outbox());
        Comparison after = compare();
        System.out.println("after the updates, the kill and the restart: " + after);
        long dead = number("SELECT count(*) FROM platform.outbox_messages WHERE status = 'DEAD'");
        return failures.isEmpty() && after.equal() && dead == 0;
    }

    private static void count(
            Map<String, Integer> kinds,
            Map<String, Integer> failures,
            String kind,
            WebClient.Response r) {
        kinds.merge(kind, 1, Integer::sum);
        if (r.status() / 100 != 2) failures.merge(kind + " " + r.status(), 1, Integer::sum);
    }

    /** The node's processes: descendants of this JVM whose command names Elasticsearch. */
    private static List<ProcessHandle> nodeProcesses() {
        return ProcessHandle.current()
                .descendants()
                .filter(
                        p ->
                                p.info().commandLine().orElse("").contains("elasticsearch")
                                        || p.info().arguments().stream()
                                                .flatMap(java.util.Arrays::stream)
                                                .anyMatch(a -> a.contains("elasticsearch")))
                .toList();
    }

    private record Comparison(
            int published,
            int documents,
            int missing,
            int stale,
            int wrongContent,
            List<String> examples) {
        boolean equal() {
            return missing == 0 && stale == 0 && wrongContent == 0 && published == documents;
        }

        @Override
        public String toString() {
            return String.format(
                    "published in the database %d, documents in the index %d, missing %d, stale"
                            + " %d, wrong content %d%s%s",
                    published,
                    documents,
                    missing,
                    stale,
                    wrongContent,
                    examples.isEmpty() ? "" : " e.g. " + examples,
                    equal() ? " — index equals the database" : " — FAIL");
        }
    }

    /** Every document of the index against the published products of the database. */
    private Comparison compare() throws Exception {
        send("POST", "/" + ALIAS + "/_refresh", null);
        Map<String, String> expected = new HashMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT p.id, p.name_vi, array_to_string(array_agg(v.price_vnd"
                                        + " ORDER BY v.price_vnd) FILTER (WHERE v.active), ',')"
                                        + " FROM catalog.products p JOIN catalog.variants v ON"
                                        + " v.product_id = p.id WHERE p.status = 'PUBLISHED'"
                                        + " GROUP BY p.id, p.name_vi")) {
            while (rs.next())
                expected.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
        }
        JsonNode hits =
                send(
                                "POST",
                                "/" + ALIAS + "/_search",
                                "{\"size\":10000,\"query\":{\"match_all\":{}},"
                                        + "\"_source\":[\"id\",\"prices\",\"display.name_vi\"]}")
                        .path("hits")
                        .path("hits");
        Map<String, String> indexed = new HashMap<>();
        for (JsonNode hit : hits) {
            JsonNode source = hit.path("_source");
            List<Long> sorted = new ArrayList<>();
            source.path("prices").forEach(p -> sorted.add(p.asLong()));
            sorted.sort(Long::compare);
            indexed.put(
                    source.path("id").asText(),
                    source.path("display").path("name_vi").asText()
                            + "|"
                            + String.join(",", sorted.stream().map(String::valueOf).toList()));
        }
        int missing = 0;
        int stale = 0;
        int wrong = 0;
        List<String> examples = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String doc = indexed.get(e.getKey());
            if (doc == null) {
                missing++;
                if (examples.size() < 5) examples.add("missing " + e.getKey());
            } else if (!doc.equals(e.getValue())) {
                wrong++;
                if (examples.size() < 5) {
                    examples.add(e.getKey() + " db " + e.getValue() + " index " + doc);
                }
            }
        }
        for (String id : indexed.keySet()) {
            if (!expected.containsKey(id)) {
                stale++;
                if (examples.size() < 5) examples.add("stale " + id);
            }
        }
        return new Comparison(expected.size(), indexed.size(), missing, stale, wrong, examples);
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(elasticsearch + path))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response =
                es.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Waits (up to 10 minutes) until no product-changed message is pending. */
    private void awaitOutbox() throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline
                && number(
                                "SELECT count(*) FROM platform.outbox_messages WHERE topic ="
                                        + " 'catalog.product-changed' AND status = 'PENDING'")
                        > 0) {
            Thread.sleep(500);
        }
    }

    private Map<String, Long> outbox() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT status || CASE WHEN attempts > 1 THEN ' after retries'"
                                        + " ELSE '' END, count(*) FROM platform.outbox_messages"
                                        + " WHERE topic = 'catalog.product-changed' GROUP BY 1")) {
            while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
        }
        return counts;
    }

    private UUID productId(String sku) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT product_id FROM catalog.variants WHERE sku = ?")) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }

    private long number(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
