package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.api.Outbox;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.api.ProductMovement;
import vn.ocop.traceability.api.TraceabilityTopics;
import vn.ocop.traceability.epcis.SchemaCheck;

/**
 * Shipping, receiving and retail-selling reported through the outbox become EPCIS events once each;
 * every resolve is logged and the counterfeit signals fire on their thresholds.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@scans.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
@Property(name = "ocop.traceability.resolver.cache-ttl", value = "0s")
// the test drains the outbox itself: a running worker could hold messages it asserts on
@Property(name = "ocop.outbox.worker.enabled", value = "false")
@Property(name = "ocop.traceability.scans.max-consumer-scans", value = "3")
@Property(name = "ocop.traceability.scans.max-speed-kmh", value = "250")
class ScansAndMovementsTest {

    @Inject EmbeddedServer server;
    @Inject Outbox outbox;
    @Inject OutboxAdmin outboxAdmin;
    @Inject TransactionOperations<Connection> transactions;
    @Inject JdbcOperations jdbc;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@scans.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    record Code(String member, String gtin, String batchId, String lot) {}

    Code batch(String lot) {
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin13 = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin13);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        fishSauce(gtin13, lot),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Code(member, "0" + gtin13, created.json().get("id").asText(), lot);
    }

    void report(String topic, ProductMovement movement) {
        transactions.executeWrite(
                status ->
                        outbox.enqueue(
                                topic, movement.gtin() + "/" + movement.lot(), movement.toJson()));
    }

    void drain() {
        while (outboxAdmin.drainOnce() > 0) {
            // deliver everything due
        }
    }

    ProductMovement movement(Code code, List<String> serials, String reference) {
        return new ProductMovement(
                code.gtin(),
                code.lot(),
                serials,
                BigDecimal.valueOf(serials.isEmpty() ? 24 : serials.size()),
                UUID.fromString("7d1f6a52-0000-4000-8000-000000000001"),
                "Điểm bán OCOP Hải Phòng",
                OffsetDateTime.parse("2026-11-20T09:30:00+07:00"),
                reference);
    }

    @Test
    void movements_from_the_outbox_are_recorded_once_and_export_as_valid_epcis() {
        Code code = batch("NM-M1");

        report(TraceabilityTopics.SHIPPED, movement(code, List.of(), "DH-2026-000001"));
        report(TraceabilityTopics.SHIPPED, movement(code, List.of(), "DH-2026-000001"));
        report(TraceabilityTopics.RECEIVED, movement(code, List.of(), "DH-2026-000001"));
        report(TraceabilityTopics.RETAIL_SOLD, movement(code, List.of("AB7K9QZX2M"), "BL-77"));
        drain();
        report(TraceabilityTopics.RETAIL_SOLD, movement(code, List.of("AB7K9QZX2M"), "BL-77"));
        drain();

        var export = http.get("/api/v1/traceability/batches/" + code.gtin() + "/NM-M1/epcis");
        assertThat(export.status()).isEqualTo(200);
        JsonNode events = export.json().at("/epcisBody/eventList");
        List<String> steps = new ArrayList<>();
        events.forEach(e -> steps.add(e.path("bizStep").asText()));
        assertThat(steps.stream().filter("shipping"::equals)).hasSize(1);
        assertThat(steps.stream().filter("receiving"::equals)).hasSize(1);
        assertThat(steps.stream().filter("retail_selling"::equals)).hasSize(1);
        JsonNode sold = find(events, e -> e.path("bizStep").asText().equals("retail_selling"));
        assertThat(sold.get("disposition").asText()).isEqualTo("retail_sold");
        assertThat(sold.at("/epcList/0").asText())
                .isEqualTo("https://ocop.example.vn/01/" + code.gtin() + "/10/NM-M1/21/AB7K9QZX2M");
        assertThat(sold.at("/bizLocation/id").asText())
                .isEqualTo("urn:ocop:sale-point:7d1f6a52-0000-4000-8000-000000000001");
        JsonNode shipped = find(events, e -> e.path("bizStep").asText().equals("shipping"));
        assertThat(shipped.get("disposition").asText()).isEqualTo("in_transit");
        assertThat(shipped.at("/quantityList/0/quantity").asInt()).isEqualTo(24);
        assertThat(
                        find(events, e -> e.path("bizStep").asText().equals("receiving"))
                                .get("disposition")
                                .asText())
                .isEqualTo("in_progress");
        assertThat(SchemaCheck.violations(export.body())).isEmpty();

        var page = http.get("/api/v1/traceability/batches/" + code.gtin() + "/NM-M1").json();
        assertThat(page.findValuesAsText("label"))
                .contains("Xuất hàng đến điểm bán", "Bán cho người tiêu dùng");
        assertThat(page.findValuesAsText("place")).contains("Điểm bán OCOP Hải Phòng");
    }

    static JsonNode find(JsonNode events, Predicate<JsonNode> test) {
        for (JsonNode e : events) {
            if (test.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no such event in " + events);
    }

    JsonNode flags(String gtin, String lot, String serial, int expectedReasons)
            throws InterruptedException {
        JsonNode found = null;
        for (int i = 0; i < 100; i++) {
            var list =
                    http.get(
                            "/api/v1/office/traceability/scan-flags?perPage=200",
                            "Authorization",
                            office);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            found = null;
            for (JsonNode code : list.json()) {
                if (code.get("gtin").asText().equals(gtin)
                        && code.get("lot").asText().equals(lot)
                        && code.get("serial").asText().equals(serial)) {
                    found = code;
                }
            }
            if (found != null && found.get("flags").size() >= expectedReasons) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }

    static List<String> reasons(JsonNode flagged) {
        List<String> reasons = new ArrayList<>();
        if (flagged != null) {
            flagged.get("flags").forEach(f -> reasons.add(f.get("reason").asText()));
        }
        return reasons;
    }

    @Test
    void scans_are_logged_and_copied_or_unsafe_codes_are_flagged() throws InterruptedException {
        Code code = batch("NM-S1");
        String unit = "/01/" + code.gtin() + "/10/NM-S1/21/";

        // Never shipped, then scanned too often (threshold 3).
        for (int i = 0; i < 4; i++) {
            assertThat(http.get(unit + "COPY1").status()).isEqualTo(307);
        }
        JsonNode copied = flags(code.gtin(), "NM-S1", "COPY1", 2);
        assertThat(reasons(copied)).contains("NEVER_SHIPPED", "TOO_MANY_SCANS");
        assertThat(copied.get("consumerScans").asInt()).isEqualTo(4);

        // Hà Nội then TP. Hồ Chí Minh a moment later: about 1,100 km at once.
        assertThat(http.get(unit + "FAR1?place=ha-noi").status()).isEqualTo(307);
        assertThat(http.get(unit + "FAR1?lat=10.78&lon=106.70").status()).isEqualTo(307);
        JsonNode far = flags(code.gtin(), "NM-S1", "FAR1", 2);
        assertThat(reasons(far)).contains("IMPOSSIBLE_TRAVEL");
        // Two scans in one city are fine.
        assertThat(http.get(unit + "NEAR1?place=Hà Nội".replace(" ", "%20")).status())
                .isEqualTo(307);
        assertThat(http.get(unit + "NEAR1?lat=21.03&lon=105.85").status()).isEqualTo(307);
        assertThat(reasons(flags(code.gtin(), "NM-S1", "NEAR1", 1)))
                .doesNotContain("IMPOSSIBLE_TRAVEL");

        // Shipped lots are not flagged as never shipped; recalled ones are flagged as recalled.
        Code shipped = batch("NM-S2");
        report(TraceabilityTopics.SHIPPED, movement(shipped, List.of(), "DH-2026-000002"));
        drain();
        var recall =
                http.postJson(
                        "/api/v1/producer/batches/" + shipped.batchId() + "/recall",
                        "{\"reason\":\"Nắp chai không kín\"}",
                        "Authorization",
                        shipped.member());
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);
        assertThat(http.get("/01/" + shipped.gtin() + "/10/NM-S2/21/OK1").status()).isEqualTo(307);
        assertThat(reasons(flags(shipped.gtin(), "NM-S2", "OK1", 1))).containsExactly("RECALLED");

        // Stored: the code, time and place, never the client's address in clear.
        List<String> keys =
                transactions.executeRead(
                        status ->
                                jdbc.prepareStatement(
                                        "SELECT client_key, province_code, lat FROM traceability.scans"
                                                + " WHERE gtin = ? AND serial = 'FAR1' ORDER BY id",
                                        ps -> {
                                            ps.setString(1, code.gtin());
                                            List<String> rows = new ArrayList<>();
                                            try (var rs = ps.executeQuery()) {
                                                while (rs.next()) {
                                                    rows.add(
                                                            rs.getString(1)
                                                                    + "|"
                                                                    + rs.getString(2)
                                                                    + "|"
                                                                    + rs.getString(3));
                                                }
                                            }
                                            return rows;
                                        }));
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).matches("[0-9a-f]{64}\\|ha-noi\\|null");
        assertThat(keys.get(1)).matches("[0-9a-f]{64}\\|null\\|10.8");
        assertThat(String.join(",", keys)).doesNotContain("127.0.0.1");

        // The producer sees the scan counts of its own codes.
        var counts =
                http.get(
                        "/api/v1/producer/traceability/scans?perPage=200",
                        "Authorization",
                        code.member());
        assertThat(counts.status()).as(counts.body()).isEqualTo(200);
        JsonNode copy1 = null;
        for (JsonNode row : counts.json()) {
            if (row.get("serial").asText().equals("COPY1")) {
                copy1 = row;
            }
        }
        assertThat(copy1).isNotNull();
        assertThat(copy1.get("consumerScans").asInt()).isEqualTo(4);
        assertThat(counts.json().findValuesAsText("gtin")).containsOnly(code.gtin());
        assertThat(
                        http.get(
                                        "/api/v1/office/traceability/scan-flags",
                                        "Authorization",
                                        code.member())
                                .status())
                .isEqualTo(403);
    }
}
