package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.epcis.SchemaCheck;

/**
 * EPCIS capture: GS1-conformant documents from openepcis-test-resources go in whole, documents the
 * 2.0.1 schema refuses are refused with its reasons, and a refused document leaves nothing behind.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@capture.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class CaptureTest {

    private static final String OPENEPCIS = "/epcis/openepcis-0.9.2/";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@capture.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    private WebClient.Response capture(String token, String body) {
        return http.postJson("/api/v1/traceability/capture", body, "Authorization", token);
    }

    /** Each file's verdict as written down in verdicts.tsv, after checking it lists every file. */
    private static Map<String, Boolean> verdicts() throws IOException, URISyntaxException {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (String line : resource(OPENEPCIS + "verdicts.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] columns = line.split("\t");
                verdicts.put(columns[0], columns[1].equals("valid"));
            }
        }
        Path folder = Path.of(CaptureTest.class.getResource(OPENEPCIS + "capture").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(verdicts.keySet());
        }
        return verdicts;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CaptureTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long eventCount() {
        return transactions.executeRead(
                status ->
                        jdbc.prepareStatement(
                                "SELECT count(*) FROM traceability.epcis_events",
                                ps -> {
                                    try (var rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getLong(1);
                                    }
                                }));
    }

    @Test
    void every_schema_valid_openepcis_document_is_accepted_and_every_invalid_one_refused()
            throws Exception {
        Map<String, Boolean> verdicts = verdicts();
        assertThat(verdicts).hasSize(35);
        assertThat(verdicts.values().stream().filter(v -> !v)).hasSize(5);

        for (var entry : verdicts.entrySet()) {
            String document = resource(OPENEPCIS + "capture/" + entry.getKey());
            boolean valid = entry.getValue();
            assertThat(SchemaCheck.violations(document).isEmpty())
                    .as("schema verdict of " + entry.getKey())
                    .isEqualTo(valid);

            var response = capture(office, document);

            if (valid) {
                assertThat(response.status())
                        .as(entry.getKey() + ": " + response.body())
                        .isEqualTo(202);
                int events = JSON.readTree(document).at("/epcisBody/eventList").size();
                assertThat(response.json().get("eventCount").asInt()).isEqualTo(events);
                assertThat(response.json().get("success").asBoolean()).isTrue();
                String location = response.header("Location");
                var job = http.get(location, "Authorization", office);
                assertThat(job.json().get("status").asText()).isEqualTo("SUCCEEDED");
            } else {
                assertThat(response.status())
                        .as(entry.getKey() + ": " + response.body())
                        .isEqualTo(422);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.json().get("code").asText())
                        .isEqualTo("traceability.invalid-epcis");
                assertThat(response.json().get("errors")).isNotEmpty();
                assertThat(response.json().at("/errors/0/field").asText())
                        .startsWith("/epcisBody/eventList/");
                assertThat(response.json().at("/errors/0/message").asText()).isNotBlank();
            }
        }
    }

    @Test
    void oversize_malformed_and_non_document_input_is_refused_and_nothing_is_saved()
            throws Exception {
        long before = eventCount();
        String valid = resource(OPENEPCIS + "capture/ObjectEvent.json");

        String padded =
                valid.replaceFirst(
                        "\"type\": \"EPCISDocument\"",
                        "\"type\": \"EPCISDocument\", \"example:padding\": \""
                                + "x".repeat(2 * 1024 * 1024)
                                + "\"");
        var tooLarge = capture(office, padded);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asText())
                .isEqualTo("traceability.document-too-large");

        var notJson = capture(office, "{\"type\": \"EPCISDocument\", ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        var singleEvent =
                capture(
                        office,
                        resource("/epcis/openepcis-0.9.2/capture/ObjectEvent.json")
                                .replaceFirst(
                                        "\"type\": \"EPCISDocument\"",
                                        "\"type\": \"EPCISQueryDocument\""));
        assertThat(singleEvent.status()).isIn(422);

        var missingAction = capture(office, valid.replace("\"action\": \"OBSERVE\",", ""));
        assertThat(missingAction.status()).as(missingAction.body()).isEqualTo(422);
        assertThat(missingAction.json().get("errors").findValuesAsText("field"))
                .contains("/epcisBody/eventList/0");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_producer_captures_events_about_its_own_products_only_and_a_refusal_saves_nothing() {
        UUID ours = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(ours);
        String gtin = Catalogue.freshGtin();
        catalogue.publishedProduct(ours, member, gtin);
        UUID theirs = catalogue.verifiedCooperative("HTX Mật ong Mèo Vạc");
        String theirGtin = Catalogue.freshGtin();
        catalogue.publishedProduct(theirs, catalogue.memberOf(theirs), theirGtin);
        assertThat(
                        http.postJson(
                                        "/api/v1/producer/batches",
                                        fishSauce(gtin, "NM-20"),
                                        "Authorization",
                                        member)
                                .status())
                .isEqualTo(201);
        String ourLot = "https://ocop.example.vn/01/0" + gtin + "/10/NM-20";
        String theirLot = "https://id.gs1.org/01/0" + theirGtin + "/10/MO-1";
        long before = eventCount();

        var mixed = capture(member, shipping(ourLot, theirLot));
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(403);
        assertThat(mixed.json().get("errors").findValuesAsText("field"))
                .containsExactly("/epcisBody/eventList/1");
        assertThat(eventCount()).isEqualTo(before);

        var own = capture(member, shipping(ourLot));
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        assertThat(eventCount()).isEqualTo(before + 1);

        var export = http.get("/api/v1/traceability/batches/" + gtin + "/NM-20/epcis");
        assertThat(export.json().at("/epcisBody/eventList").findValuesAsText("bizStep"))
                .contains("shipping");
        assertThat(SchemaCheck.violations(export.body())).isEmpty();

        var shipped =
                http.get("/api/v1/traceability/events?bizStep=shipping", "Authorization", member);
        assertThat(shipped.json().at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);
        assertThat(
                        http.get(
                                        own.header("Location"),
                                        "Authorization",
                                        catalogue.memberOf(theirs))
                                .status())
                .isEqualTo(404);
    }

    /** A shipping event per lot, with a user extension under a document-level prefix. */
    private static String shipping(String... lots) {
        StringBuilder events = new StringBuilder();
        for (String lot : lots) {
            if (!events.isEmpty()) {
                events.append(',');
            }
            events.append(
                    """
                    {"type":"ObjectEvent","eventTime":"2026-01-05T08:00:00.000+07:00",
                     "eventTimeZoneOffset":"+07:00","action":"OBSERVE","bizStep":"shipping",
                     "disposition":"in_transit","quantityList":[{"epcClass":"%s","quantity":48}],
                     "example:carrier":"Viettel Post"}
                    """
                            .formatted(lot));
        }
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                             {"example":"https://ns.example.vn/epcis/"}],
                 "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-01-05T08:00:00Z",
                 "epcisBody":{"eventList":[%s]}}
                """
                .formatted(events);
    }

    @Test
    void capture_needs_a_producer_or_office_bearer_and_takes_json_ld() throws IOException {
        String document = resource(OPENEPCIS + "capture/ObjectEvent.json");
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");

        assertThat(http.postJson("/api/v1/traceability/capture", document).status()).isEqualTo(401);
        assertThat(capture(consumer, document).status()).isEqualTo(403);

        var asJsonLd =
                http.send(
                        http.builder("/api/v1/traceability/capture", "Authorization", office)
                                .header("Content-Type", "application/ld+json")
                                .header("Accept", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(document)));
        assertThat(asJsonLd.status()).as(asJsonLd.body()).isEqualTo(202);
    }
}
