package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.testkit.WebClient;

/**
 * A batch's packs travel producer → sale point → consumer and the batch's public EPCIS export shows
 * it: shipping on ship, receiving on receive, retail-selling on a counter sale, each once, even
 * when the POS syncs the sale twice. Everything goes through HTTP and the real outbox on
 * PostgreSQL.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@movements.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
// the test drains the outbox itself: a running worker could hold messages it asserts on
@Property(name = "ocop.outbox.worker.enabled", value = "false")
class TraceabilityMovementsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject EmbeddedServer server;
    @Inject OutboxAdmin outbox;

    WebClient http;
    Shop shop;
    Shop.Producer producer;
    Shop.Item fishSauce;
    String salePoint;
    String staff;

    @BeforeEach
    void aProducerWithABatchAndASalePoint() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@movements.test", "office-password-1"));
        producer = shop.producer("HTX Nước mắm Nam Ô");
        fishSauce = shop.published(producer, 120_000);
        shop.receive(fishSauce, 10);
        batch("NO-26-07");
        var created =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"Điểm bán OCOP Hội An","level":"PROVINCIAL","kind":"OCOP_CENTRE",
                         "provinceCode":"quang-nam","commune":"Phường Minh An","street":"Trần Phú",
                         "operatorName":"Sở Công Thương"}
                        """,
                        "Authorization",
                        shop.office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        salePoint = created.json().get("id").asText();
        String email = "staff-" + UUID.randomUUID() + "@ocop.vn";
        var account =
                http.postJson(
                        "/api/v1/office/sale-points/" + salePoint + "/staff",
                        "{\"email\":\"%s\",\"displayName\":\"Quầy\",\"password\":\"mat-khau-123\"}"
                                .formatted(email),
                        "Authorization",
                        shop.office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        staff = "Bearer " + http.token(email, "mat-khau-123");
    }

    @Test
    void shipping_receiving_and_a_counter_sale_of_a_lot_become_one_epcis_event_each() {
        var transfer =
                http.postJson(
                        "/api/v1/producer/transfers",
                        """
                        {"salePointId":"%s","lines":[{"sku":"%s","lot":"NO-26-07","quantity":6}]}
                        """
                                .formatted(salePoint, fishSauce.sku()),
                        "Authorization",
                        producer.member());
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        assertThat(transfer.json().at("/lines/0/lot").asText()).isEqualTo("NO-26-07");
        String id = transfer.json().get("id").asText();
        var shipped =
                http.postJson(
                        "/api/v1/producer/transfers/" + id + "/ship",
                        "",
                        "Authorization",
                        producer.member());
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        var received =
                http.postJson(
                        "/api/v1/sale-point/transfers/" + id + "/receive",
                        "",
                        "Authorization",
                        staff);
        assertThat(received.status()).as(received.body()).isEqualTo(200);

        String sale =
                """
                {"id":"%s","paymentMethod":"CASH","lines":[
                  {"code":"https://ocop.example.vn/01/0%s/10/NO-26-07/21/A0001","quantity":1},
                  {"code":"https://ocop.example.vn/01/0%s/10/NO-26-07/21/A0002","quantity":1}]}
                """
                        .formatted(UUID.randomUUID(), fishSauce.gtin(), fishSauce.gtin());
        var sold = sell(sale);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        drain();
        var again = sell(sale); // the POS syncs its offline queue twice
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        drain();

        JsonNode events = epcisEvents("NO-26-07");
        List<String> steps = new ArrayList<>();
        events.forEach(e -> steps.add(e.path("bizStep").asText()));
        assertThat(steps.stream().filter("shipping"::equals)).hasSize(1);
        assertThat(steps.stream().filter("receiving"::equals)).hasSize(1);
        assertThat(steps.stream().filter("retail_selling"::equals)).hasSize(1);
        JsonNode selling = find(events, "retail_selling");
        assertThat(selling.at("/bizLocation/id").asText())
                .isEqualTo("urn:ocop:sale-point:" + salePoint);
        assertThat(selling.get("disposition").asText()).isEqualTo("retail_sold");
        assertThat(selling.get("epcList")).hasSize(2);
        assertThat(selling.get("epcList").get(0).asText()).endsWith("/10/NO-26-07/21/A0001");
        JsonNode shipping = find(events, "shipping");
        assertThat(shipping.at("/quantityList/0/quantity").asInt()).isEqualTo(6);
        assertThat(shipping.get("ocop:reference").asText()).isEqualTo(id);
    }

    @Test
    void a_counter_sale_by_sku_without_a_lot_reports_nothing_and_an_unknown_lot_is_refused() {
        var refused =
                http.postJson(
                        "/api/v1/producer/transfers",
                        """
                        {"salePointId":"%s","lines":[{"sku":"%s","lot":"NO-SUCH","quantity":1}]}
                        """
                                .formatted(salePoint, fishSauce.sku()),
                        "Authorization",
                        producer.member());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("lines[0].lot");
        assertThat(refused.json().at("/errors/0/code").asText())
                .isEqualTo("orders.batch-not-sellable");

        var plain =
                http.postJson(
                        "/api/v1/producer/transfers",
                        """
                        {"salePointId":"%s","lines":[{"sku":"%s","quantity":2}]}
                        """
                                .formatted(salePoint, fishSauce.sku()),
                        "Authorization",
                        producer.member());
        String id = plain.json().get("id").asText();
        http.postJson(
                "/api/v1/producer/transfers/" + id + "/ship",
                "",
                "Authorization",
                producer.member());
        http.postJson(
                "/api/v1/sale-point/transfers/" + id + "/receive", "", "Authorization", staff);
        var sold =
                sell(
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        drain();

        JsonNode events = epcisEvents("NO-26-07");
        List<String> steps = new ArrayList<>();
        events.forEach(e -> steps.add(e.path("bizStep").asText()));
        assertThat(steps).doesNotContain("shipping", "receiving", "retail_selling");
    }

    private WebClient.Response sell(String body) {
        return http.postJson(
                "/api/v1/sale-point/" + salePoint + "/sales", body, "Authorization", staff);
    }

    private void drain() {
        while (outbox.drainOnce() > 0) {
            // deliver everything due
        }
    }

    private JsonNode epcisEvents(String lot) {
        var export =
                http.get("/api/v1/traceability/batches/" + fishSauce.gtin() + "/" + lot + "/epcis");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return export.json().at("/epcisBody/eventList");
    }

    private static JsonNode find(JsonNode events, String bizStep) {
        for (JsonNode e : events) {
            if (bizStep.equals(e.path("bizStep").asText())) return e;
        }
        throw new AssertionError("No " + bizStep + " event");
    }

    private void batch(String lot) {
        var registered =
                http.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                         "quantity":100,"unit":"PIECE","productionSite":"Xưởng HTX Nam Ô",
                         "inputs":[{"material":"Cá cơm","originProvince":"Đà Nẵng","originCommune":"Hòa Hiệp",
                           "supplier":"Tổ khai thác Nam Ô","quantity":300,"unit":"kg"}],
                         "steps":[{"kind":"HARVEST","date":"%s","place":"Nam Ô"},
                                  {"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                                  {"kind":"PACKING","date":"%s"}]}
                        """
                                .formatted(
                                        fishSauce.gtin(),
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(1),
                                        TODAY.minusDays(20),
                                        TODAY.minusDays(10),
                                        TODAY.minusDays(5)),
                        "Authorization",
                        producer.member());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
}
