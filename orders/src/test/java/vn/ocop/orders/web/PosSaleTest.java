package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * Selling at the counter: staff scan a pack's QR code (GS1 Digital Link) and sell; the sale point's
 * stock decrements; a sale synced twice is stored once; a recalled batch is refused with its
 * reason.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class PosSaleTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject EmbeddedServer server;

    WebClient http;
    Shop shop;
    String salePoint;
    String staff;
    Shop.Item fishSauce;
    String batchId;

    @BeforeEach
    void aStockedSalePoint() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
        salePoint = salePoint("Điểm bán OCOP chợ Đông Ba");
        staff = staffOf(salePoint);
        var p = shop.producer("HTX Nước mắm Nam Ô");
        fishSauce = shop.published(p, 120_000);
        shop.receive(fishSauce, 10);
        var transfer =
                http.postJson(
                        "/api/v1/producer/transfers",
                        "{\"salePointId\":\"%s\",\"lines\":[{\"sku\":\"%s\",\"quantity\":5}]}"
                                .formatted(salePoint, fishSauce.sku()),
                        "Authorization",
                        p.member());
        String id = transfer.json().get("id").asText();
        http.postJson(
                "/api/v1/producer/transfers/" + id + "/ship", "", "Authorization", p.member());
        var received =
                http.postJson(
                        "/api/v1/sale-point/transfers/" + id + "/receive",
                        "",
                        "Authorization",
                        staff);
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        batchId = batch(p, fishSauce, "NO-25-01");
    }

    private String salePoint(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"%s","level":"PROVINCIAL","kind":"MARKET_BOOTH",
                         "provinceCode":"hue","commune":"Phường Đông Ba","street":"Chợ Đông Ba",
                         "operatorName":"Sở Công Thương"}
                        """
                                .formatted(name),
                        "Authorization",
                        shop.office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String staffOf(String sp) {
        String email = "staff-" + UUID.randomUUID() + "@ocop.vn";
        var staffAccount =
                http.postJson(
                        "/api/v1/office/sale-points/" + sp + "/staff",
                        "{\"email\":\"%s\",\"displayName\":\"Quầy\",\"password\":\"mat-khau-123\"}"
                                .formatted(email),
                        "Authorization",
                        shop.office);
        assertThat(staffAccount.status()).as(staffAccount.body()).isEqualTo(201);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    private String batch(Shop.Producer p, Shop.Item item, String lot) {
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
                                        item.gtin(),
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(1),
                                        TODAY.minusDays(20),
                                        TODAY.minusDays(10),
                                        TODAY.minusDays(5)),
                        "Authorization",
                        p.member());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    private String link(String lot) {
        return "https://ocop.example.vn/01/0" + fishSauce.gtin() + "/10/" + lot;
    }

    private WebClient.Response sell(String body) {
        return http.postJson(
                "/api/v1/sale-point/" + salePoint + "/sales", body, "Authorization", staff);
    }

    private long stockHere() {
        var levels = http.get("/api/v1/sale-point/" + salePoint + "/stock", "Authorization", staff);
        return levels.json().get(0).get("onHand").asLong();
    }

    @Test
    void a_scanned_pack_is_sold_once_even_when_the_sale_is_synced_twice() {
        String body =
                """
                {"id":"%s","paymentMethod":"CASH","lines":[{"code":"%s","quantity":2}]}
                """
                        .formatted(UUID.randomUUID(), link("NO-25-01"));

        var sold = sell(body);
        var again = sell(body);

        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(sold.json().get("totalVnd").asLong()).isEqualTo(240_000);
        assertThat(sold.json().at("/lines/0/lot").asText()).isEqualTo("NO-25-01");
        assertThat(sold.json().at("/lines/0/sku").asText()).isEqualTo(fishSauce.sku());
        assertThat(sold.json().get("salePointName").asText())
                .isEqualTo("Điểm bán OCOP chợ Đông Ba");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(stockHere()).isEqualTo(3);

        var changed = sell(body.replace("\"quantity\":2", "\"quantity\":1"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("code").asText()).isEqualTo("orders.idempotency-key-reused");
    }

    @Test
    void recalled_or_unknown_batches_and_missing_stock_are_refused_and_nothing_is_sold() {
        var recall =
                http.postJson(
                        "/api/v1/office/batches/" + batchId + "/recall",
                        "{\"reason\":\"Histamin vượt ngưỡng\"}",
                        "Authorization",
                        shop.office);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);

        var refused =
                sell(
                        """
                        {"id":"%s","paymentMethod":"VIETQR","lines":[
                          {"sku":"%s","quantity":1},
                          {"code":"%s","quantity":1},
                          {"gtin":"%s","lot":"NO-SUCH","quantity":1}]}
                        """
                                .formatted(
                                        UUID.randomUUID(),
                                        fishSauce.sku(),
                                        link("NO-25-01"),
                                        fishSauce.gtin()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("lines[1].lot", "lines[2].lot");
        assertThat(refused.json().get("errors").get(0).get("code").asText())
                .isEqualTo("orders.batch-not-sellable");
        assertThat(stockHere()).isEqualTo(5);

        var tooMany =
                sell(
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":6}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(stockHere()).isEqualTo(5);
    }

    @Test
    void staff_sell_only_at_their_own_sale_point() {
        String elsewhere = staffOf(salePoint("Điểm bán khác"));
        var refused =
                http.postJson(
                        "/api/v1/sale-point/" + salePoint + "/sales",
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()),
                        "Authorization",
                        elsewhere);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(stockHere()).isEqualTo(5);
    }
}
