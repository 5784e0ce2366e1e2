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
 * A guest fills a cart, signs in and finds the lines merged into the account's cart, which then
 * checks out; prices come from the catalogue when the cart is read.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class CartTest {

    @Inject EmbeddedServer server;

    WebClient http;
    Shop shop;

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
    }

    @Test
    void a_guest_cart_merges_into_the_account_cart_and_checks_out() {
        var p = shop.producer("HTX Mứt Tết Xuân Đỉnh");
        var jam = shop.published(p, 60_000);
        var cake = shop.published(p, 40_000);
        shop.receive(jam, 10);
        shop.receive(cake, 10);
        String consumer =
                "Bearer " + http.consumerToken("cart-" + UUID.randomUUID() + "@example.vn");
        http.postJson(
                "/api/v1/cart/lines",
                "{\"sku\":\"" + cake.sku() + "\",\"quantity\":1}",
                "Authorization",
                consumer);

        var guest = new WebClient(server.getURI());
        var added =
                guest.postJson(
                        "/api/v1/cart/lines", "{\"sku\":\"" + jam.sku() + "\",\"quantity\":2}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        String cartId = added.json().get("cartId").asText();
        assertThat(added.header("Set-Cookie")).contains("ocop_cart=" + cartId);
        var again =
                guest.postJson(
                        "/api/v1/cart/lines", "{\"sku\":\"" + jam.sku() + "\",\"quantity\":1}");
        assertThat(again.json().at("/lines/0/quantity").asLong()).isEqualTo(3);
        assertThat(again.json().get("goodsVnd").asLong()).isEqualTo(180_000);
        var unknown = guest.postJson("/api/v1/cart/lines", "{\"sku\":\"NOPE-1\",\"quantity\":1}");
        assertThat(unknown.status()).isEqualTo(422);

        var merged = http.get("/api/v1/cart", "Authorization", consumer, "X-Cart-Id", cartId);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("lines").findValuesAsText("sku"))
                .containsExactlyInAnyOrder(jam.sku(), cake.sku());
        assertThat(merged.json().get("goodsVnd").asLong()).isEqualTo(3 * 60_000 + 40_000);
        assertThat(guest.get("/api/v1/cart", "X-Cart-Id", cartId).json().get("lines")).isEmpty();

        var placed =
                http.postJson(
                        "/api/v1/orders",
                        """
                        {"recipient":{"name":"Lê Văn Nam","phone":"0912000111"},
                         "delivery":{"kind":"HOME","provinceCode":"hai-phong","commune":"Phường Lê Chân",
                                     "street":"5 Tô Hiệu"},
                         "paymentMethod":"COD"}
                        """,
                        "Authorization",
                        consumer);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("goodsVnd").asLong()).isEqualTo(3 * 60_000 + 40_000);
        assertThat(http.get("/api/v1/cart", "Authorization", consumer).json().get("lines"))
                .isEmpty();
        assertThat(shop.level(jam)).containsExactly(10, 3);
    }
}
