package vn.ocop.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * The storefront pages against the raw JSON API, in one run: starts the real application on
 * embedded PostgreSQL with the 20,000-product dataset (as {@link SearchBenchmark}), then loads the
 * product page and the search page, and the JSON endpoints behind them as the baseline, with Apache
 * Bench ({@code ab} from Debian's apache2-utils) at 32 keep-alive connections, and prints p50, p95
 * and requests per second for each.
 *
 * <pre>apt-get install -y apache2-utils
 * mvn -B -q -DskipTests package -pl bench -am
 * java -Xmx2g -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.PagesBenchmark 20000 8000 4000</pre>
 */
public final class PagesBenchmark {

    private static final int CONNECTIONS = 32;
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s+(\\d+)%\\s+(\\d+)", Pattern.MULTILINE);
    private static final Pattern THROUGHPUT = Pattern.compile("Requests per second:\\s+([\\d.]+)");
    private static final Pattern FAILED = Pattern.compile("Failed requests:\\s+(\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx responses:\\s+(\\d+)");

    private PagesBenchmark() {}

    record Target(String name, String path, String accept) {}

    record Result(Target target, int p50, int p95, double perSecond) {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int producers = args.length > 1 ? Integer.parseInt(args[1]) : 8_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 4_000;
        long seed = 20261122L;

        Path dataDir = Files.createTempDirectory("ocop-bench");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            SearchBenchmark.load(context, new CatalogDataset(seed, producers, products));
            WebClient http = new WebClient(server.getURI());
            String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
            long reindex = SearchBenchmark.reindex(http, office);
            var first = http.get("/api/v1/products?q=nuoc+mam&size=1").json();
            String id = first.get("hits").get(0).get("id").asText();
            System.out.printf(
                    "products=%d producers=%d reindex=%.1f s; %d requests per target at %d"
                            + " connections; \"nuoc mam\" matches %d products%n",
                    products,
                    producers,
                    reindex / 1e9,
                    requests,
                    CONNECTIONS,
                    first.get("total").asLong());

            String base = server.getURI().toString();
            List<Target> targets =
                    List.of(
                            new Target("product page", "/san-pham/" + id, "text/html"),
                            new Target(
                                    "product JSON", "/api/v1/products/" + id, "application/json"),
                            new Target("search page", "/tim-kiem?q=nuoc+mam", "text/html"),
                            new Target(
                                    "search JSON",
                                    "/api/v1/products?q=nuoc+mam",
                                    "application/json"));
            List<Result> results = new ArrayList<>();
            for (Target target : targets) {
                ab(base, target, Math.max(200, requests / 10)); // warm-up, not reported
                results.add(ab(base, target, requests));
            }
            System.out.println("| target | p50 | p95 | requests/s |");
            System.out.println("|---|---|---|---|");
            for (Result r : results) {
                System.out.printf(
                        "| %s | %d ms | %d ms | %.0f |%n",
                        r.target().name(), r.p50(), r.p95(), r.perSecond());
            }
        } finally {
            boot.stopDatabase();
        }
    }

    /** One Apache Bench run; refuses a run with failed or non-2xx responses. */
    private static Result ab(String base, Target target, int requests)
            throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(
                                "ab",
                                "-q",
                                "-k",
                                "-n",
                                String.valueOf(requests),
                                "-c",
                                String.valueOf(CONNECTIONS),
                                "-H",
                                "Accept: " + target.accept(),
                                "-H",
                                "Accept-Language: vi",
                                base.replace("localhost", "127.0.0.1") + target.path())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ab failed for " + target + ":\n" + out);
        }
        if (count(FAILED, out) > 0 || count(NON_2XX, out) > 0) {
            throw new IllegalStateException("Errors while loading " + target + ":\n" + out);
        }
        Map<Integer, Integer> percentiles = new HashMap<>();
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            percentiles.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        Matcher rps = THROUGHPUT.matcher(out);
        if (!rps.find() || !percentiles.containsKey(50) || !percentiles.containsKey(95)) {
            throw new IllegalStateException("Unexpected ab output:\n" + out);
        }
        return new Result(
                target, percentiles.get(50), percentiles.get(95), Double.parseDouble(rps.group(1)));
    }

    private static long count(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
