package vn.ocop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.TestElasticsearch;
import vn.ocop.testkit.WebClient;

/**
 * The catalogue search benchmark: starts the real application (embedded PostgreSQL, and an
 * Elasticsearch node for that engine), writes the deterministic dataset, rebuilds the index through
 * the office's reindex endpoint, then sends the 200-query mix over HTTP, one query at a time, for
 * several runs, and prints p50/p95 per run and their medians.
 *
 * <pre>mvn -B -q -DskipTests package -pl bench -am
 * java -Xmx2g -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.SearchBenchmark postgres 20000 8000 5</pre>
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "postgres";
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int producers = args.length > 2 ? Integer.parseInt(args[2]) : 8_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long seed = 20261122L;

        Path dataDir = Files.createTempDirectory("ocop-bench");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        if ("elasticsearch".equals(engine)) {
            properties.put("ocop.elasticsearch.url", TestElasticsearch.url());
        }
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            List<String> provinces = load(context, new CatalogDataset(seed, producers, products));
            WebClient http = new WebClient(server.getURI());
            String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
            long reindex = reindex(http, office);
            System.out.printf(
                    "engine=%s products=%d producers=%d reindex=%.1f s%n",
                    engine, products, producers, reindex / 1e9);

            List<String> mix = QueryMix.of(seed, provinces);
            measure(http, mix); // warm-up, not reported
            List<Double> p50s = new ArrayList<>();
            List<Double> p95s = new ArrayList<>();
            Map<String, List<Long>> byKind = new java.util.TreeMap<>();
            for (int run = 1; run <= runs; run++) {
                long[] latencies = measure(http, mix);
                for (int i = 0; i < latencies.length; i++) {
                    byKind.computeIfAbsent(QueryMix.kindAt(i), k -> new ArrayList<>())
                            .add(latencies[i]);
                }
                p50s.add(Percentiles.of(latencies, 50));
                p95s.add(Percentiles.of(latencies, 95));
                System.out.printf(
                        "run %d: p50 %.2f ms, p95 %.2f ms%n",
                        run, p50s.get(run - 1), p95s.get(run - 1));
            }
            for (Map.Entry<String, List<Long>> kind : byKind.entrySet()) {
                long[] all = kind.getValue().stream().mapToLong(Long::longValue).toArray();
                System.out.printf(
                        "kind %-8s p50 %.2f ms, p95 %.2f ms (%d queries over all runs)%n",
                        kind.getKey(),
                        Percentiles.of(all, 50),
                        Percentiles.of(all, 95),
                        all.length);
            }
            System.out.printf(
                    "RESULT engine=%s median p50 %.2f ms, median p95 %.2f ms over %d runs of %d queries%n",
                    engine, Percentiles.median(p50s), Percentiles.median(p95s), runs, mix.size());
        } finally {
            boot.stopDatabase();
        }
    }

    static List<String> load(ApplicationContext context, CatalogDataset dataset) throws Exception {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection()) {
            List<String> provinces = new ArrayList<>();
            try (ResultSet rs =
                    connection
                            .createStatement()
                            .executeQuery("SELECT code FROM catalog.provinces ORDER BY code")) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
            long start = System.nanoTime();
            dataset.writeTo(connection, provinces);
            System.out.printf("dataset written in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return provinces;
        }
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

    private static long[] measure(WebClient http, List<String> mix) {
        long[] latencies = new long[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            var response = http.get("/api/v1/products?" + mix.get(i));
            latencies[i] = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException(
                        "Query " + mix.get(i) + " failed: " + response.body());
            }
        }
        return latencies;
    }
}
