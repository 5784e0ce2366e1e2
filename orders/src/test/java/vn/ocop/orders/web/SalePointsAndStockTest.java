package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The office registers a sale point and its staff; a producer stocks its warehouse, adjusts it with
 * reasons and sends goods to the sale point, whose staff receive them. Every change is in the
 * movement log; members touch only their own stock.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class SalePointsAndStockTest {

    @Inject EmbeddedServer server;

    WebClient http;
    Shop shop;

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
    }

    private String salePoint() {
        var created =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"Điểm bán OCOP Hồ Gươm","level":"PROVINCIAL","kind":"OCOP_CENTRE",
                         "provinceCode":"Hà Nội","commune":"Phường Hoàn Kiếm","street":"2 Lê Thái Tổ",
                         "operatorName":"Trung tâm Xúc tiến Thương mại Hà Nội","operatorPhone":"0243825000"}
                        """,
                        "Authorization",
                        shop.office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("provinceCode").asText()).isEqualTo("ha-noi");
        assertThat(created.json().get("locationId").asText()).isNotBlank();
        return created.json().get("id").asText();
    }

    private String staffOf(String salePointId) {
        String email = "staff-" + UUID.randomUUID() + "@ocop.vn";
        var staff =
                http.postJson(
                        "/api/v1/office/sale-points/" + salePointId + "/staff",
                        """
                        {"email":"%s","displayName":"Nhân viên quầy","password":"mat-khau-123"}
                        """
                                .formatted(email),
                        "Authorization",
                        shop.office);
        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        assertThat(staff.json().get("role").asText()).isEqualTo("SALE_POINT_STAFF");
        assertThat(staff.json().get("salePointId").asText()).isEqualTo(salePointId);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    @Test
    void the_office_registers_sale_points_and_bad_ones_are_refused() {
        String id = salePoint();
        assertThat(http.get("/api/v1/sale-points").json().findValuesAsText("id")).contains(id);

        var badProvince =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"X","level":"COMMUNE","kind":"MARKET_BOOTH","provinceCode":"Atlantis",
                         "commune":"Xã A","street":"Chợ","operatorName":"UBND xã"}
                        """,
                        "Authorization",
                        shop.office);
        assertThat(badProvince.status()).isEqualTo(422);
        assertThat(badProvince.json().get("code").asText()).isEqualTo("orders.unknown-province");

        var badLevel =
                http.postJson(
                        "/api/v1/office/sale-points",
                        "{\"name\":\"X\",\"level\":\"GALACTIC\"}",
                        "Authorization",
                        shop.office);
        assertThat(badLevel.status()).isBetween(400, 422);
    }

    @Test
    void stock_is_adjusted_with_reasons_and_never_falls_below_what_is_reserved() {
        var p = shop.producer("HTX Nón lá Chuông");
        var hat = shop.published(p, 80_000);

        shop.receive(hat, 10);
        var damage =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"" + hat.sku() + "\",\"reason\":\"DAMAGE\",\"quantity\":2}",
                        "Authorization",
                        p.member());
        assertThat(damage.json().get("onHand").asLong()).isEqualTo(8);
        var placed = http.postJson("/api/v1/orders", Shop.homeDelivery("COD", Shop.line(hat, 5)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);

        var countTooLow =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"" + hat.sku() + "\",\"reason\":\"COUNT\",\"quantity\":4}",
                        "Authorization",
                        p.member());
        assertThat(countTooLow.status()).as(countTooLow.body()).isEqualTo(409);
        assertThat(countTooLow.json().get("code").asText()).isEqualTo("orders.negative-stock");
        var tooMuchDamage =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"" + hat.sku() + "\",\"reason\":\"DAMAGE\",\"quantity\":4}",
                        "Authorization",
                        p.member());
        assertThat(tooMuchDamage.status()).isEqualTo(409);
        var counted =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\""
                                + hat.sku()
                                + "\",\"reason\":\"COUNT\",\"quantity\":6,"
                                + "\"note\":\"kiểm kê quý\"}",
                        "Authorization",
                        p.member());
        assertThat(counted.json().get("onHand").asLong()).isEqualTo(6);
        assertThat(counted.json().get("reserved").asLong()).isEqualTo(5);
        assertThat(counted.json().get("available").asLong()).isEqualTo(1);

        var movements =
                http.get(
                        "/api/v1/producer/stock/movements?sku=" + hat.sku(),
                        "Authorization",
                        p.member());
        assertThat(movements.json().findValuesAsText("reason"))
                .containsExactly("COUNT", "RESERVE", "DAMAGE", "RECEIVE");
        assertThat(movements.json().get(0).get("actor").asText()).isNotBlank();
        assertThat(movements.json().get(1).get("reference").asText())
                .isEqualTo(placed.json().get("number").asText());
    }

    @Test
    void members_act_only_on_their_own_producers_stock() {
        var mine = shop.producer("HTX Gốm Bát Tràng");
        var theirs = shop.producer("HTX Lụa Vạn Phúc");
        var silk = shop.published(theirs, 500_000);

        var foreign =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"" + silk.sku() + "\",\"reason\":\"RECEIVE\",\"quantity\":5}",
                        "Authorization",
                        mine.member());
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        var foreignProducer =
                http.get(
                        "/api/v1/producer/stock?producerId=" + theirs.id(),
                        "Authorization",
                        mine.member());
        assertThat(foreignProducer.status()).isEqualTo(403);

        var byOffice =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"producerId\":\"%s\",\"sku\":\"%s\",\"reason\":\"RECEIVE\",\"quantity\":5}"
                                .formatted(theirs.id(), silk.sku()),
                        "Authorization",
                        shop.office);
        assertThat(byOffice.status()).as(byOffice.body()).isEqualTo(200);
        assertThat(shop.level(silk)).containsExactly(5, 0);
    }

    @Test
    void goods_travel_from_the_warehouse_to_a_sale_point_by_transfer() {
        String salePoint = salePoint();
        String staff = staffOf(salePoint);
        var p = shop.producer("HTX Trà Shan tuyết");
        var tea = shop.published(p, 300_000);
        shop.receive(tea, 10);

        var created =
                http.postJson(
                        "/api/v1/producer/transfers",
                        """
                        {"salePointId":"%s","lines":[{"sku":"%s","quantity":4}]}
                        """
                                .formatted(salePoint, tea.sku()),
                        "Authorization",
                        p.member());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String transfer = created.json().get("id").asText();
        assertThat(shop.level(tea)).containsExactly(10, 0);

        var early =
                http.postJson(
                        "/api/v1/sale-point/transfers/" + transfer + "/receive",
                        "",
                        "Authorization",
                        staff);
        assertThat(early.status()).isEqualTo(409);

        var shipped =
                http.postJson(
                        "/api/v1/producer/transfers/" + transfer + "/ship",
                        "",
                        "Authorization",
                        p.member());
        assertThat(shipped.json().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(shop.level(tea)).containsExactly(6, 0);

        String otherStaff = staffOf(salePoint());
        assertThat(
                        http.postJson(
                                        "/api/v1/sale-point/transfers/" + transfer + "/receive",
                                        "",
                                        "Authorization",
                                        otherStaff)
                                .status())
                .isEqualTo(403);
        var received =
                http.postJson(
                        "/api/v1/sale-point/transfers/" + transfer + "/receive",
                        "",
                        "Authorization",
                        staff);
        assertThat(received.json().get("status").asText()).isEqualTo("RECEIVED");

        var there = http.get("/api/v1/sale-point/" + salePoint + "/stock", "Authorization", staff);
        assertThat(there.json().get(0).get("sku").asText()).isEqualTo(tea.sku());
        assertThat(there.json().get(0).get("onHand").asLong()).isEqualTo(4);
    }
}
