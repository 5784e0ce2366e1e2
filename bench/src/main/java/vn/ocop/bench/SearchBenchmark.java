package vn.ocop.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.TestElasticsearch;
import vn.ocop.testkit.WebClient;

/**
 * The catalogue search benchmark: starts the real application (embedded PostgreSQL, and an
 * Elasticsearch node for that engine), writes the deterministic dataset, rebuilds the index through
 * the office's reindex endpoint, then sends the 200-query mix over HTTP for several runs: one query
 * at a time (p50/p95), and as a closed-loop load of {@code connections} connections for {@code
 * seconds} (p50/p95/throughput), printing each run and the medians.
 *
 * <p>postgres: measures the application as deployed (browse-facet cache on, 2,000 entries), then a
 * second application context on the same database with {@code
 * ocop.search.postgres.facet-cache.max-entries=0} (cache off). elasticsearch: a capture-only
 * application context sends the mix once through a {@link RecordingProxy} to record the exact
 * requests it makes to Elasticsearch for each query; then, per run, the application (pointed
 * straight at Elasticsearch) and the recorded requests replayed straight to Elasticsearch are
 * driven by the same load generator, and the ratios are printed.
 *
 * <pre>mvn -B -q -DskipTests -Dspotless.skip package -pl bench -am
 * java -Xmx2g -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.SearchBenchmark postgres 20000 8000 5 32 10</pre>
 */
public final class SearchBenchmark {

    static final String FACET_CACHE = "ocop.search.postgres.facet-cache.max-entries";
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    /**
     * Load at full concurrency before the first measured run, so that runs compare compiled code:
     * with only the 2 s warm-up the first runs still measured the application's JIT compilation
     * (app/raw p50 1.56 and 1.49 in runs 1 and 2 against 1.12–1.33 in runs 3 to 5, 2026-11-23).
     * {@code -Dbench.warm-up-seconds=2} gives the earlier behaviour.
     */
    private static final Duration STEADY_WARM_UP =
            Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 30));

    private SearchBenchmark() {}

    /**
     * Runs the benchmark and exits: the HTTP clients' and the Elasticsearch node's threads would
     * otherwise keep the JVM alive after the results (the node is stopped by its shutdown hook).
     */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "postgres";
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int producers = args.length > 2 ? Integer.parseInt(args[2]) : 8_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        Duration window = Duration.ofSeconds(args.length > 5 ? Integer.parseInt(args[5]) : 10);
        long seed = 20261122L;

        Path dataDir = Files.createTempDirectory("ocop-bench");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        String elasticsearch = null;
        if ("elasticsearch".equals(engine)) {
            elasticsearch = TestElasticsearch.url();
            properties.put("ocop.elasticsearch.url", elasticsearch);
        }
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            List<String> provinces = load(context, new CatalogDataset(seed, producers, products));
            WebClient http = new WebClient(server.getURI());
            String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
            long reindex = reindex(http, office);
            System.out.printf(
                    "engine=%s products=%d producers=%d reindex=%.1f s connections=%d window=%d s"
                            + " load average at start %s%n",
                    engine,
                    products,
                    producers,
                    reindex / 1e9,
                    connections,
                    window.toSeconds(),
                    LoadAverage.now());
            List<String> mix = QueryMix.of(seed, provinces);
            if (elasticsearch == null) {
                String label =
                        System.getProperty(FACET_CACHE) == null
                                ? "facet cache on (deployed default, 2,000 entries)"
                                : FACET_CACHE + "=" + System.getProperty(FACET_CACHE);
                measureApp(label, server.getURI(), mix, runs, connections, window);
                if (System.getProperty(FACET_CACHE) == null) {
                    Map<String, Object> on = new HashMap<>(properties);
                    on.put(FACET_CACHE, 0);
                    try (ApplicationContext cacheOff =
                            ApplicationContext.builder().properties(on).start()) {
                        EmbeddedServer second = cacheOff.getBean(EmbeddedServer.class).start();
                        measureApp(
                                "facet cache off", second.getURI(), mix, runs, connections, window);
                    }
                }
            } else {
                List<List<RecordingProxy.Recorded>> recorded =
                        capture(properties, elasticsearch, mix);
                measureAgainstElasticsearch(
                        server.getURI(), elasticsearch, mix, recorded, runs, connections, window);
            }
        } finally {
            boot.stopDatabase();
        }
    }

    /** p50/p95 one query at a time, and p50/p95/throughput under load, per run and medians. */
    private static void measureApp(
            String label, URI app, List<String> mix, int runs, int connections, Duration window)
            throws Exception {
        ClosedLoopLoad.Request request = appRequest(app, mix);
        sequential(mix, request); // warm-up, not reported
        ClosedLoopLoad.run(connections, mix.size(), Duration.ZERO, STEADY_WARM_UP, request);
        Series single = new Series();
        Series loaded = new Series();
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            long[] latencies = sequential(mix, request);
            for (int i = 0; i < latencies.length; i++) {
                byKind.computeIfAbsent(QueryMix.kindAt(i), k -> new ArrayList<>())
                        .add(latencies[i]);
            }
            String loadSingle = LoadAverage.now();
            var one =
                    new ClosedLoopLoad.Result(
                            Percentiles.of(latencies, 50),
                            Percentiles.of(latencies, 95),
                            0,
                            latencies.length);
            single.add(one);
            var many = ClosedLoopLoad.run(connections, mix.size(), WARM_UP, window, request);
            loaded.add(many);
            System.out.printf(
                    "[%s] run %d: 1 connection p50 %.2f ms, p95 %.2f ms (load avg %s) | %d"
                            + " connections %s (load avg %s)%n",
                    label,
                    run,
                    one.p50(),
                    one.p95(),
                    loadSingle,
                    connections,
                    many,
                    LoadAverage.now());
        }
        for (Map.Entry<String, List<Long>> kind : byKind.entrySet()) {
            long[] all = kind.getValue().stream().mapToLong(Long::longValue).toArray();
            System.out.printf(
                    "[%s] kind %-8s 1 connection p50 %.2f ms, p95 %.2f ms (%d queries over all"
                            + " runs)%n",
                    label,
                    kind.getKey(),
                    Percentiles.of(all, 50),
                    Percentiles.of(all, 95),
                    all.length);
        }
        System.out.printf(
                "RESULT [%s] 1 connection: median p50 %.2f ms, median p95 %.2f ms | %d connections:"
                        + " median p50 %.2f ms, median p95 %.2f ms, median %.0f req/s — %d runs of"
                        + " %d queries%n",
                label,
                single.median(ClosedLoopLoad.Result::p50),
                single.median(ClosedLoopLoad.Result::p95),
                connections,
                loaded.median(ClosedLoopLoad.Result::p50),
                loaded.median(ClosedLoopLoad.Result::p95),
                loaded.median(ClosedLoopLoad.Result::throughput),
                runs,
                mix.size());
    }

    /**
     * Sends the mix once through a second application context whose Elasticsearch URL is a
     * recording proxy, and returns, per query, the requests the application made.
     */
    private static List<List<RecordingProxy.Recorded>> capture(
            Map<String, Object> properties, String elasticsearch, List<String> mix)
            throws Exception {
        List<List<RecordingProxy.Recorded>> recorded = new ArrayList<>();
        try (RecordingProxy proxy = new RecordingProxy(elasticsearch)) {
            Map<String, Object> capturing = new HashMap<>(properties);
            capturing.put("ocop.elasticsearch.url", proxy.url());
            try (ApplicationContext context =
                    ApplicationContext.builder().properties(capturing).start()) {
                EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
                ClosedLoopLoad.Request request = appRequest(server.getURI(), mix);
                HttpClient client = ClosedLoopLoad.client();
                request.send(client, 0); // the first call may check the index; not recorded
                for (int i = 0; i < mix.size(); i++) {
                    proxy.startRecording();
                    request.send(client, i);
                    recorded.add(proxy.stopRecording());
                }
            }
        }
        Map<String, Integer> shapes = new TreeMap<>();
        Map<Integer, Integer> perQuery = new TreeMap<>();
        for (List<RecordingProxy.Recorded> requests : recorded) {
            perQuery.merge(requests.size(), 1, Integer::sum);
            for (RecordingProxy.Recorded r : requests) {
                shapes.merge(r.method() + " " + r.pathAndQuery(), 1, Integer::sum);
            }
        }
        System.out.printf(
                "captured Elasticsearch requests: %s; Elasticsearch requests per app query ->"
                        + " queries: %s%n",
                shapes, perQuery);
        System.out.println("example (query 0): " + mix.get(0));
        for (RecordingProxy.Recorded r : recorded.get(0)) {
            System.out.println("  " + r.method() + " " + r.pathAndQuery() + " " + r.bodyText());
        }
        return recorded;
    }

    private static void measureAgainstElasticsearch(
            URI app,
            String elasticsearch,
            List<String> mix,
            List<List<RecordingProxy.Recorded>> recorded,
            int runs,
            int connections,
            Duration window)
            throws Exception {
        ClosedLoopLoad.Request appRequest = appRequest(app, mix);
        ClosedLoopLoad.Request rawRequest = rawRequest(elasticsearch, recorded);
        sequential(mix, appRequest); // warm-up, not reported
        sequential(mix, rawRequest);
        ClosedLoopLoad.run(connections, mix.size(), Duration.ZERO, STEADY_WARM_UP, appRequest);
        ClosedLoopLoad.run(connections, mix.size(), Duration.ZERO, STEADY_WARM_UP, rawRequest);
        Series appSingle = new Series();
        Series rawSingle = new Series();
        Series appLoaded = new Series();
        Series rawLoaded = new Series();
        List<Double> p50Ratios = new ArrayList<>();
        List<Double> throughputRatios = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long[] a = sequential(mix, appRequest);
            long[] r = sequential(mix, rawRequest);
            appSingle.add(
                    new ClosedLoopLoad.Result(
                            Percentiles.of(a, 50), Percentiles.of(a, 95), 0, a.length));
            rawSingle.add(
                    new ClosedLoopLoad.Result(
                            Percentiles.of(r, 50), Percentiles.of(r, 95), 0, r.length));
            String before = LoadAverage.now();
            var appRun = ClosedLoopLoad.run(connections, mix.size(), WARM_UP, window, appRequest);
            var rawRun = ClosedLoopLoad.run(connections, mix.size(), WARM_UP, window, rawRequest);
            appLoaded.add(appRun);
            rawLoaded.add(rawRun);
            p50Ratios.add(appRun.p50() / rawRun.p50());
            throughputRatios.add(appRun.throughput() / rawRun.throughput());
            System.out.printf(
                    "run %d: 1 connection app p50 %.2f / p95 %.2f ms, raw p50 %.2f / p95 %.2f ms |"
                            + " %d connections app %s, raw %s | app/raw p50 %.2f, throughput %.2f"
                            + " (load avg %s -> %s)%n",
                    run,
                    Percentiles.of(a, 50),
                    Percentiles.of(a, 95),
                    Percentiles.of(r, 50),
                    Percentiles.of(r, 95),
                    connections,
                    appRun,
                    rawRun,
                    p50Ratios.get(run - 1),
                    throughputRatios.get(run - 1),
                    before,
                    LoadAverage.now());
        }
        System.out.printf(
                "RESULT [elasticsearch] 1 connection: app median p50 %.2f ms / p95 %.2f ms, raw"
                        + " median p50 %.2f ms / p95 %.2f ms%n",
                appSingle.median(ClosedLoopLoad.Result::p50),
                appSingle.median(ClosedLoopLoad.Result::p95),
                rawSingle.median(ClosedLoopLoad.Result::p50),
                rawSingle.median(ClosedLoopLoad.Result::p95));
        System.out.printf(
                "RESULT [elasticsearch] %d connections: app median p50 %.2f ms, p95 %.2f ms, %.0f"
                        + " req/s; raw median p50 %.2f ms, p95 %.2f ms, %.0f req/s; median app/raw"
                        + " p50 %.2f (goal <= 1.3), median app/raw throughput %.2f (goal >= 0.75)"
                        + " — %d runs%n",
                connections,
                appLoaded.median(ClosedLoopLoad.Result::p50),
                appLoaded.median(ClosedLoopLoad.Result::p95),
                appLoaded.median(ClosedLoopLoad.Result::throughput),
                rawLoaded.median(ClosedLoopLoad.Result::p50),
                rawLoaded.median(ClosedLoopLoad.Result::p95),
                rawLoaded.median(ClosedLoopLoad.Result::throughput),
                Percentiles.median(p50Ratios),
                Percentiles.median(throughputRatios),
                runs);
    }

    /** {@code GET /api/v1/products?<query>} on the application; anything but 200 fails the run. */
    private static ClosedLoopLoad.Request appRequest(URI app, List<String> mix) {
        List<HttpRequest> requests = new ArrayList<>();
        for (String query : mix) {
            requests.add(
                    HttpRequest.newBuilder(app.resolve("/api/v1/products?" + query))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build());
        }
        return (client, index) -> {
            HttpResponse<byte[]> response =
                    client.send(requests.get(index), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Query " + mix.get(index) + " answered " + response.statusCode());
            }
        };
    }

    /** The requests recorded for one query, sent in order straight to Elasticsearch. */
    private static ClosedLoopLoad.Request rawRequest(
            String elasticsearch, List<List<RecordingProxy.Recorded>> recorded) {
        URI base = URI.create(elasticsearch.endsWith("/") ? elasticsearch : elasticsearch + "/");
        List<List<HttpRequest>> requests = new ArrayList<>();
        for (List<RecordingProxy.Recorded> perQuery : recorded) {
            List<HttpRequest> built = new ArrayList<>();
            for (RecordingProxy.Recorded r : perQuery) {
                HttpRequest.Builder builder =
                        HttpRequest.newBuilder(base.resolve(r.pathAndQuery().substring(1)))
                                .timeout(Duration.ofSeconds(60))
                                .method(
                                        r.method(),
                                        r.body().length == 0
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
                if (r.contentType() != null) {
                    builder.header("Content-Type", r.contentType());
                }
                if (r.accept() != null) {
                    builder.header("Accept", r.accept());
                }
                built.add(builder.build());
            }
            requests.add(built);
        }
        return (client, index) -> {
            for (HttpRequest request : requests.get(index)) {
                HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "Raw request "
                                    + request.uri()
                                    + " answered "
                                    + response.statusCode()
                                    + ": "
                                    + new String(response.body()));
                }
            }
        };
    }

    /** The mix once, one request at a time on one connection; latencies in nanoseconds. */
    private static long[] sequential(List<String> mix, ClosedLoopLoad.Request request)
            throws Exception {
        HttpClient client = ClosedLoopLoad.client();
        long[] latencies = new long[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            request.send(client, i);
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    static List<String> load(ApplicationContext context, CatalogDataset dataset) throws Exception {
        try (Connection connection = connection(context)) {
            List<String> provinces = provinces(connection);
            long start = System.nanoTime();
            dataset.writeTo(connection, provinces);
            System.out.printf("dataset written in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return provinces;
        }
    }

    /** Writes the national dataset into the context's database. */
    static NationalDataset.Counts write(ApplicationContext context, NationalDataset dataset)
            throws Exception {
        try (Connection connection = connection(context)) {
            return dataset.writeTo(connection, provinces(connection));
        }
    }

    private static Connection connection(ApplicationContext context) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                .getConnection();
    }

    static List<String> provinces(Connection connection) throws SQLException {
        List<String> provinces = new ArrayList<>();
        try (ResultSet rs =
                connection
                        .createStatement()
                        .executeQuery("SELECT code FROM catalog.provinces ORDER BY code")) {
            while (rs.next()) {
                provinces.add(rs.getString(1));
            }
        }
        return provinces;
    }

    static long reindex(WebClient http, String office) throws InterruptedException {
        long start = System.nanoTime();
        var started = http.postJson("/api/v1/office/search/reindex", "{}", "Authorization", office);
        if (started.status() != 202) {
            throw new IllegalStateException("Reindex refused: " + started.body());
        }
        String id = started.json().get("id").asText();
        while (true) {
            JsonNode job =
                    http.get("/api/v1/office/search/reindex/" + id, "Authorization", office).json();
            String state = job.get("state").asText();
            if ("DONE".equals(state)) {
                return System.nanoTime() - start;
            }
            if ("FAILED".equals(state)) {
                throw new IllegalStateException("Reindex failed: " + job);
            }
            Thread.sleep(250);
        }
    }

    /** Results of several runs, for medians. */
    private static final class Series {
        private final List<ClosedLoopLoad.Result> results = new ArrayList<>();

        void add(ClosedLoopLoad.Result result) {
            results.add(result);
        }

        double median(Function<ClosedLoopLoad.Result, Double> figure) {
            return Percentiles.median(results.stream().map(figure).toList());
        }
    }
}
