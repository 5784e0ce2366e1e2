package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.api.ProducerDashboardApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.testkit.WebClient;

/**
 * The producer dashboard's figures come from real orders and stock: fulfilments to pack and to
 * ship, variants under the low-stock threshold, and only for the member's own producer.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@dashboard.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class ProducerDashboardApiTest {

    @Inject EmbeddedServer server;
    @Inject ProducerDashboardApi dashboard;

    @Test
    void counts_fulfilments_to_pack_and_to_ship_and_lists_low_stock_of_the_own_producer_only() {
        WebClient http = new WebClient(server.getURI());
        Shop shop =
                new Shop(
                        http, "Bearer " + http.token("office@dashboard.test", "office-password-1"));
        Shop.Producer producer = shop.producer("HTX Miến dong Bình Liêu");
        Shop.Item item = shop.published(producer, 90_000);
        shop.receive(item, 10);
        var first = http.postJson("/api/v1/orders", Shop.homeDelivery("COD", Shop.line(item, 2)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = http.postJson("/api/v1/orders", Shop.homeDelivery("COD", Shop.line(item, 1)));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        var packed =
                http.postJson(
                        "/api/v1/producer/orders/"
                                + second.json().get("number").asText()
                                + "/fulfilments/"
                                + second.json().at("/fulfilments/0/id").asText()
                                + "/pack",
                        "",
                        "Authorization",
                        producer.member());
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
        Caller member = new Caller(UUID.randomUUID(), Role.PRODUCER_MEMBER, producer.id(), null);

        var figures = dashboard.dashboard(member, producer.id(), 10);

        assertThat(figures.toPack()).isEqualTo(1);
        assertThat(figures.toShip()).isEqualTo(1);
        assertThat(figures.toFulfil()).isEqualTo(2);
        assertThat(figures.lowStock())
                .singleElement()
                .satisfies(
                        low -> {
                            assertThat(low.sku()).isEqualTo(item.sku());
                            assertThat(low.onHand()).isEqualTo(10);
                            assertThat(low.available()).isEqualTo(7);
                        });
        assertThat(dashboard.dashboard(member, producer.id(), 7).lowStock()).isEmpty();

        Shop.Producer other = shop.producer("HTX Khác");
        Caller stranger = new Caller(UUID.randomUUID(), Role.PRODUCER_MEMBER, other.id(), null);
        assertThatThrownBy(() -> dashboard.dashboard(stranger, producer.id(), 10))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("own producer");
        var strangersOwn = dashboard.dashboard(stranger, other.id(), 10);
        assertThat(strangersOwn.toFulfil()).isZero();
        assertThat(strangersOwn.lowStock()).isEmpty();
        Caller office = new Caller(UUID.randomUUID(), Role.OFFICE_ADMIN, null, null);
        assertThat(dashboard.dashboard(office, producer.id(), 10).toFulfil()).isEqualTo(2);
    }
}
