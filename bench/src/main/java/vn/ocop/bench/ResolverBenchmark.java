package vn.ocop.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * The application side of {@code bench/resolver-bench.sh}: starts the whole application on an
 * embedded PostgreSQL at the given port, creates through the API one verified cooperative with a
 * published, certified product and a registered batch, checks that the resolver answers its code
 * with a 307, writes {@code <path>\t<location>} to the given file (the script builds nginx's static
 * map from it) and serves until killed. Every resolve the load tool sends goes through the whole
 * stack: security, Digital Link parsing, the code lookup and the scan log.
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.ResolverBenchmark 18080 /tmp/resolver-target.tsv
 * </pre>
 */
public final class ResolverBenchmark {

    private ResolverBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
        Path target = Path.of(args.length > 1 ? args[1] : "resolver-target.tsv");

        Path dataDir = Files.createTempDirectory("ocop-resolver-bench");
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("ocop.admin.email", "bench@ocop.local");
        properties.put("ocop.admin.password", "bench-password-1");
        properties.put("ocop.public-base-url", "https://ocop.example.vn");
        properties.put("ocop.catalog.expiry-job.enabled", false);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    context.close();
                                    boot.stopDatabase();
                                }));
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        WebClient http = new WebClient(server.getURI());
        String office = "Bearer " + http.token("bench@ocop.local", "bench-password-1");
        String gtin13 = seed(http, office);
        String path = "/01/0" + gtin13 + "/10/BENCH-01";
        var probe = http.get(path);
        if (probe.status() != 307) {
            throw new IllegalStateException(
                    "Resolver answered " + probe.status() + ": " + probe.body());
        }
        Files.writeString(target, path + "\t" + probe.header("Location") + "\n");
        System.out.println("READY " + path + " -> " + probe.header("Location"));
        Thread.currentThread().join();
    }

    /** A published 4★ fish sauce and one batch of it; returns the GTIN-13. */
    private static String seed(WebClient http, String office) {
        var producer =
                ok(
                        http.postJson(
                                "/api/v1/office/producers",
                                """
                                {"name":"HTX Bench","legalForm":"COOPERATIVE","registrationNumber":"HTX-BENCH",
                                 "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu",
                                 "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                                """,
                                "Authorization",
                                office));
        String producerId = producer.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/office/producers/" + producerId + "/verify",
                        "",
                        "Authorization",
                        office));
        ok(
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"member@bench.local","displayName":"Xã viên","password":"mat-khau-123",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(producerId),
                        "Authorization",
                        office));
        String member = "Bearer " + http.token("member@bench.local", "mat-khau-123");
        String body = "893" + String.format("%09d", 123_456_789L);
        String gtin13 = body + checkDigit(body);
        var product =
                ok(
                        http.postJson(
                                "/api/v1/producer/products",
                                """
                                {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                                 "descriptionVi":"Ủ chượp 12 tháng.","group":"FOOD","producerIds":["%s"],
                                 "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                                 "variants":[{"sku":"NM-BENCH","nameVi":"Chai 500 ml","priceVnd":120000,
                                              "weightGrams":650,"gtin":"%s"}],
                                 "perishable":false,"service":false}
                                """
                                        .formatted(producerId, gtin13),
                                "Authorization",
                                member));
        String productId = product.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/producer/products/" + productId + "/submit",
                        "",
                        "Authorization",
                        member));
        ok(
                http.postJson(
                        "/api/v1/office/products/" + productId + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office));
        ok(
                http.postJson(
                        "/api/v1/office/products/" + productId + "/publish",
                        "",
                        "Authorization",
                        office));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ok(
                http.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"BENCH-01","productionDate":"%s","expiryDate":"%s",
                         "quantity":1000,"unit":"PIECE","productionSite":"Xưởng HTX Bench"}
                        """
                                .formatted(gtin13, today.minusDays(5), today.plusYears(2)),
                        "Authorization",
                        member));
        return gtin13;
    }

    private static WebClient.Response ok(WebClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + ": " + response.body());
        }
        return response;
    }

    private static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
