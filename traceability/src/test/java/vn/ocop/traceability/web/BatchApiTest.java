package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.traceability.web.BatchJson.day;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.api.SaleCheck;
import vn.ocop.traceability.api.TraceabilityApi;
import vn.ocop.traceability.epcis.SchemaCheck;

/**
 * Batches told through the API: a cooperative's member registers a batch of its fish sauce, the
 * public reads it once the listing is published, the producer or the office recalls it and the sale
 * points are told; every fact is an EPCIS event that exports as a schema-valid document.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@trace.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class BatchApiTest {

    @Inject EmbeddedServer server;
    @Inject TraceabilityApi traceability;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@trace.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    /** A producer, its member, and a published product with a fresh GTIN. */
    private record Producer(UUID id, String member, String gtin, String productId) {}

    private Producer producerWithPublishedProduct() {
        UUID id = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(id);
        String gtin = Catalogue.freshGtin();
        return new Producer(id, member, gtin, catalogue.publishedProduct(id, member, gtin));
    }

    private WebClient.Response register(String token, String body) {
        return http.postJson("/api/v1/producer/batches", body, "Authorization", token);
    }

    private String registered(Producer producer, String lot) {
        var created = register(producer.member(), fishSauce(producer.gtin(), lot));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String gtin14(String gtin13) {
        return "0" + gtin13;
    }

    @Test
    void a_member_registers_a_batch_of_its_variant_and_reads_it_back() {
        Producer producer = producerWithPublishedProduct();

        var created = register(producer.member(), fishSauce(producer.gtin(), "NM-2026/01"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var batch = created.json();
        assertThat(batch.get("gtin").asText()).isEqualTo(gtin14(producer.gtin()));
        assertThat(batch.get("producerId").asText()).isEqualTo(producer.id().toString());
        assertThat(batch.get("productId").asText()).isEqualTo(producer.productId());
        assertThat(batch.get("digitalLink").asText())
                .isEqualTo(
                        "https://ocop.example.vn/01/"
                                + gtin14(producer.gtin())
                                + "/10/NM-2026%2F01");
        assertThat(batch.at("/inputs/0/certificates/0/scheme").asText()).isEqualTo("VietGAP");
        assertThat(batch.at("/labTests/0/results/1/value").decimalValue())
                .isEqualByComparingTo("120.5");
        assertThat(batch.get("recalled").asBoolean()).isFalse();

        String id = batch.get("id").asText();
        var shown = http.get("/api/v1/producer/batches/" + id, "Authorization", producer.member());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/steps/2/kind").asText()).isEqualTo("PACKING");
        var listed =
                http.get(
                        "/api/v1/producer/batches?gtin=" + producer.gtin(),
                        "Authorization",
                        producer.member());
        assertThat(listed.json().findValuesAsText("id")).containsExactly(id);
        assertThat(http.get("/api/v1/producer/batches/" + id, "Authorization", office).status())
                .isEqualTo(200);
    }

    @Test
    void anonymous_callers_consumers_and_other_producers_are_refused() {
        Producer ours = producerWithPublishedProduct();
        Producer theirs = producerWithPublishedProduct();
        String id = registered(ours, "NM-01");
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");

        assertThat(
                        http.postJson("/api/v1/producer/batches", fishSauce(ours.gtin(), "NM-02"))
                                .status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/producer/batches/" + id).status()).isEqualTo(401);
        assertThat(register(consumer, fishSauce(ours.gtin(), "NM-02")).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/producer/batches", "Authorization", consumer).status())
                .isEqualTo(403);

        var foreign = register(theirs.member(), fishSauce(ours.gtin(), "NM-02"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asText()).isEqualTo("traceability.not-your-product");
        assertThat(
                        http.get("/api/v1/producer/batches/" + id, "Authorization", theirs.member())
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/producer/batches/" + id + "/recall",
                                        "{\"reason\":\"Phá đám\"}",
                                        "Authorization",
                                        theirs.member())
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/office/batches/" + id + "/recall",
                                        "{\"reason\":\"Phá đám\"}",
                                        "Authorization",
                                        ours.member())
                                .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/producer/batches", "Authorization", theirs.member()).json())
                .isEmpty();
        assertThat(traceability.maySell(ours.gtin(), "NM-01").allowed()).isTrue();
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_saved() {
        Producer producer = producerWithPublishedProduct();
        String good = fishSauce(producer.gtin(), "NM-03");

        assertRefused(
                producer,
                good.replace("\"NM-03\"", "\"LÔ 03\""),
                "lot",
                "traceability.invalid-lot");
        assertRefused(
                producer,
                good.replace("\"date\":\"" + day(-20) + "\"", "\"date\":\"" + day(-9) + "\""),
                "steps[0].date",
                "traceability.harvest-after-production");
        assertRefused(
                producer,
                good.replace("\"validUntil\":\"" + day(365), "\"validUntil\":\"" + day(-30)),
                "inputs[0].certificates[0].validUntil",
                "traceability.certificate-not-valid");
        assertRefused(
                producer,
                good.replace("\"date\":\"" + day(-5) + "\"", "\"date\":\"" + day(1) + "\""),
                "steps[2].date",
                "traceability.date-in-future");
        assertRefused(
                producer,
                good.replace(producer.gtin(), Catalogue.freshGtin()),
                "gtin",
                "traceability.unknown-gtin");
        assertRefused(
                producer,
                good.replace("\"quantity\":1200,", ""),
                "quantity",
                "traceability.required");

        assertRefused(
                producer,
                good.replace("\"unit\":\"PIECE\"", "\"unit\":\"BAGS\""),
                "unit",
                "traceability.unknown-unit");
        var notADate = register(producer.member(), good.replace(day(-10), "2025-02-30"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.header("Content-Type")).startsWith("application/problem+json");

        assertThat(http.get("/api/v1/producer/batches", "Authorization", producer.member()).json())
                .isEmpty();
        assertThat(eventsNaming(gtin14(producer.gtin()) + "/NM-03")).isZero();
    }

    private void assertRefused(Producer producer, String body, String field, String code) {
        var response = register(producer.member(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.json().get("errors").findValuesAsText("code")).contains(code);
    }

    @Test
    void problems_read_in_vietnamese_by_default_and_in_english_on_request() {
        Producer producer = producerWithPublishedProduct();
        String body = fishSauce(producer.gtin(), "LÔ 1");

        var vi = register(producer.member(), body);
        var en =
                http.postJson(
                        "/api/v1/producer/batches",
                        body,
                        "Authorization",
                        producer.member(),
                        "Accept-Language",
                        "en");

        assertThat(vi.json().get("title").asText()).isEqualTo("Mã lô không hợp lệ");
        assertThat(en.json().get("title").asText()).isEqualTo("Invalid lot code");
        assertThat(en.json().at("/errors/0/message").asText()).startsWith("1 to 20 characters");
    }

    @Test
    void a_lot_code_is_registered_once_per_gtin() {
        Producer producer = producerWithPublishedProduct();
        registered(producer, "NM-04");

        var again = register(producer.member(), fishSauce(producer.gtin(), "NM-04"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").findValuesAsText("field")).containsExactly("lot");
        assertThat(http.get("/api/v1/producer/batches", "Authorization", producer.member()).json())
                .hasSize(1);
    }

    @Test
    void the_producer_or_the_office_recalls_a_batch_and_sale_points_are_told() {
        Producer producer = producerWithPublishedProduct();
        String own = registered(producer, "NM-05");
        String other = registered(producer, "NM-06");

        var noReason =
                http.postJson(
                        "/api/v1/producer/batches/" + own + "/recall",
                        "{\"reason\":\" \"}",
                        "Authorization",
                        producer.member());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").findValuesAsText("field"))
                .containsExactly("reason");

        var recalled =
                http.postJson(
                        "/api/v1/producer/batches/" + own + "/recall",
                        "{\"reason\":\"Nắp chai không kín\"}",
                        "Authorization",
                        producer.member());
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);
        assertThat(recalled.json().at("/recall/reason").asText()).isEqualTo("Nắp chai không kín");
        assertThat(recalled.json().at("/recall/byRole").asText()).isEqualTo("PRODUCER_MEMBER");
        assertThat(recalled.json().at("/recall/at").asText()).isNotBlank();

        var twice =
                http.postJson(
                        "/api/v1/producer/batches/" + own + "/recall",
                        "{\"reason\":\"Lần nữa\"}",
                        "Authorization",
                        producer.member());
        assertThat(twice.status()).isEqualTo(409);

        var byOffice =
                http.postJson(
                        "/api/v1/office/batches/" + other + "/recall",
                        "{\"reason\":\"Histamin vượt ngưỡng cho phép\"}",
                        "Authorization",
                        office);
        assertThat(byOffice.json().at("/recall/byRole").asText()).isEqualTo("OFFICE_ADMIN");

        assertThat(traceability.maySell(producer.gtin(), "NM-05"))
                .isEqualTo(SaleCheck.refused(SaleCheck.Refusal.RECALLED, "Nắp chai không kín"));
        assertThat(traceability.maySell(gtin14(producer.gtin()), "NM-06").refusal())
                .isEqualTo(SaleCheck.Refusal.RECALLED);
        assertThat(traceability.maySell(producer.gtin(), "NM-99").refusal())
                .isEqualTo(SaleCheck.Refusal.UNKNOWN_BATCH);
        assertThat(traceability.batch(producer.gtin(), "NM-06").orElseThrow().recallReason())
                .isEqualTo("Histamin vượt ngưỡng cho phép");

        var scanned = http.get("/api/v1/traceability/batches/" + producer.gtin() + "/NM-05");
        assertThat(scanned.json().get("recalled").asBoolean()).isTrue();
        assertThat(scanned.json().get("recallReason").asText()).isEqualTo("Nắp chai không kín");
    }

    @Test
    void the_public_reads_batches_of_published_products_only() {
        UUID producerId = catalogue.verifiedCooperative("HTX Chè Tân Cương");
        String member = catalogue.memberOf(producerId);
        String draftGtin = Catalogue.freshGtin();
        catalogue.draftProduct(producerId, member, draftGtin);
        assertThat(register(member, fishSauce(draftGtin, "CHE-01")).status()).isEqualTo(201);

        String path = "/api/v1/traceability/batches/" + draftGtin + "/CHE-01";
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.get(path + "/epcis").status()).isEqualTo(404);
        assertThat(http.get(path, "Authorization", member).status()).isEqualTo(200);

        Producer published = producerWithPublishedProduct();
        registered(published, "NM-07");
        var page = http.get("/api/v1/traceability/batches/" + published.gtin() + "/NM-07");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("productNameVi").asText()).isEqualTo("Nước mắm Cát Hải");
        assertThat(page.json().at("/producers/0/name").asText()).isEqualTo("HTX Nước mắm Cát Hải");
        assertThat(page.json().get("expiryDate").asText())
                .isEqualTo(BatchJson.TODAY.plusYears(2).toString());
        assertThat(page.json().get("recalled").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/traceability/batches/" + published.gtin() + "/NM-99").status())
                .isEqualTo(404);
    }

    @Test
    void a_batch_history_exports_as_an_epcis_document_that_the_schema_accepts() {
        Producer producer = producerWithPublishedProduct();
        String id = registered(producer, "NM-08");
        http.postJson(
                "/api/v1/office/batches/" + id + "/recall",
                "{\"reason\":\"Kiểm tra lại\"}",
                "Authorization",
                office);

        var export = http.get("/api/v1/traceability/batches/" + producer.gtin() + "/NM-08/epcis");

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/json");
        assertThat(SchemaCheck.violations(export.body())).isEmpty();
        var document = export.json();
        assertThat(document.get("type").asText()).isEqualTo("EPCISDocument");
        assertThat(document.at("/epcisBody/eventList").findValuesAsText("bizStep"))
                .containsExactly(
                        "commissioning",
                        "commissioning",
                        "creating_class_instance",
                        "packing",
                        "inspecting",
                        "holding");
        assertThat(document.at("/epcisBody/eventList").findValuesAsText("epcClass"))
                .contains("https://ocop.example.vn/01/" + gtin14(producer.gtin()) + "/10/NM-08");
        assertThat(document.at("/epcisBody/eventList/1/ilmd/cbvmda:lotNumber").asText())
                .isEqualTo("NM-08");

        var jsonLd =
                http.send(
                        http.builder(
                                        "/api/v1/traceability/batches/"
                                                + producer.gtin()
                                                + "/NM-08/epcis")
                                .header("Accept", "application/ld+json")
                                .GET());
        assertThat(jsonLd.header("Content-Type")).startsWith("application/ld+json");
    }

    @Test
    void events_are_queried_by_biz_step_epc_and_time_one_page_at_a_time() {
        Producer producer = producerWithPublishedProduct();
        Producer other = producerWithPublishedProduct();
        registered(producer, "NM-09");
        registered(producer, "NM-10");
        registered(other, "NM-11");

        var commissioned =
                http.get(
                        "/api/v1/traceability/events?bizStep=urn:epcglobal:cbv:bizstep:packing",
                        "Authorization",
                        producer.member());
        assertThat(commissioned.status()).as(commissioned.body()).isEqualTo(200);
        assertThat(SchemaCheck.violations(commissioned.body())).isEmpty();
        assertThat(commissioned.json().at("/epcisBody/queryResults/resultsBody/eventList"))
                .hasSize(2);

        var first =
                http.get(
                        "/api/v1/traceability/events?bizStep=packing&perPage=1",
                        "Authorization",
                        producer.member());
        assertThat(first.json().at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);
        String next = first.header("Link");
        assertThat(next).contains("page=2").endsWith("rel=\"next\"");
        var second =
                http.get(
                        "/api/v1/traceability/events?bizStep=packing&perPage=1&page=2",
                        "Authorization",
                        producer.member());
        assertThat(second.json().at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);
        assertThat(second.header("Link")).isNull();

        String epc =
                URLEncoder.encode(
                        "https://ocop.example.vn/01/" + gtin14(producer.gtin()) + "/10/NM-09",
                        StandardCharsets.UTF_8);
        var ofOneBatch =
                http.get(
                        "/api/v1/traceability/events?epc="
                                + epc
                                + "&from="
                                + day(-6)
                                + "&to="
                                + day(0),
                        "Authorization",
                        office);
        assertThat(
                        ofOneBatch
                                .json()
                                .at("/epcisBody/queryResults/resultsBody/eventList")
                                .findValuesAsText("bizStep"))
                .containsExactly("packing", "inspecting");
        assertThat(
                        http.get(
                                        "/api/v1/traceability/events?bizStep=packing",
                                        "Authorization",
                                        office)
                                .json()
                                .at("/epcisBody/queryResults/resultsBody/eventList")
                                .size())
                .isGreaterThanOrEqualTo(3);

        var badTime =
                http.get("/api/v1/traceability/events?from=yesterday", "Authorization", office);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(http.get("/api/v1/traceability/events").status()).isEqualTo(401);
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        assertThat(http.get("/api/v1/traceability/events", "Authorization", consumer).status())
                .isEqualTo(403);
    }

    @Test
    void the_event_log_refuses_updates_and_deletes_whoever_asks() {
        Producer producer = producerWithPublishedProduct();
        registered(producer, "NM-12");
        long before = eventsNaming(gtin14(producer.gtin()) + "/NM-12");
        assertThat(before).isEqualTo(5);

        assertThatThrownBy(() -> sql("UPDATE traceability.epcis_events SET biz_step = 'shipping'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("DELETE FROM traceability.epcis_events"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("TRUNCATE traceability.epcis_events CASCADE"))
                .hasMessageContaining("append-only");
        assertThat(eventsNaming(gtin14(producer.gtin()) + "/NM-12")).isEqualTo(before);
    }

    private int sql(String statement) {
        return transactions.executeWrite(
                status ->
                        jdbc.prepareStatement(
                                statement, java.sql.PreparedStatement::executeUpdate));
    }

    /** Events recorded for the batch with this "gtin/lot", or naming it. */
    private long eventsNaming(String lotKey) {
        return transactions.executeRead(
                status ->
                        jdbc.prepareStatement(
                                "SELECT count(*) FROM traceability.epcis_events WHERE lots @> ARRAY[?::text] OR"
                                        + " batch_id IN (SELECT id FROM traceability.batches WHERE gtin || '/' ||"
                                        + " lot = ?)",
                                ps -> {
                                    ps.setString(1, lotKey);
                                    ps.setString(2, lotKey);
                                    try (var rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getLong(1);
                                    }
                                }));
    }
}
