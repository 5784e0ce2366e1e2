package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.orders.web.Shop.homeDelivery;
import static vn.ocop.orders.web.Shop.line;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The drills of issue 5, over real HTTP against real PostgreSQL: many buyers racing for a few units
 * never oversell, and a retried POST with one Idempotency-Key makes one order.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class ConcurrencyDrillTest {

    @Inject EmbeddedServer server;
    @Inject JdbcOperations jdbc;

    WebClient http;
    Shop shop;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
        pool = Executors.newFixedThreadPool(40);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private List<WebClient.Response> race(int callers, Callable<WebClient.Response> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WebClient.Response>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return call.call();
                            }));
        }
        start.countDown();
        List<WebClient.Response> responses = new ArrayList<>();
        for (var f : futures) responses.add(f.get());
        return responses;
    }

    private long number(String sql, String param) {
        return jdbc.execute(
                c -> {
                    try (var ps = c.prepareStatement(sql)) {
                        ps.setString(1, param);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                });
    }

    @Test
    void two_hundred_buyers_for_twenty_units_make_exactly_twenty_orders() throws Exception {
        var p = shop.producer("HTX Vải thiều Lục Ngạn");
        var lychee = shop.published(p, 150_000);
        shop.receive(lychee, 20);
        String body = homeDelivery("COD", line(lychee, 1));

        List<WebClient.Response> responses =
                race(200, () -> new WebClient(server.getURI()).postJson("/api/v1/orders", body));

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(20);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .hasSize(180)
                .allSatisfy(
                        r ->
                                assertThat(r.json().get("code").asText())
                                        .isEqualTo("orders.out-of-stock"));
        assertThat(shop.level(lychee)).containsExactly(20, 20);
        assertThat(
                        number(
                                "SELECT count(DISTINCT f.order_id) FROM orders.order_lines l JOIN"
                                        + " orders.fulfilments f ON f.id = l.fulfilment_id WHERE"
                                        + " l.variant_sku = ?",
                                lychee.sku()))
                .isEqualTo(20);
        assertThat(
                        number(
                                "SELECT min(on_hand - reserved) FROM orders.stock_levels WHERE"
                                        + " variant_sku = ?",
                                lychee.sku()))
                .isZero();
        assertThat(
                        number(
                                "SELECT coalesce(sum(reserved_delta), 0) FROM"
                                        + " orders.stock_movements WHERE variant_sku = ?",
                                lychee.sku()))
                .isEqualTo(20);
    }

    @Test
    void fifty_concurrent_posts_with_one_idempotency_key_make_one_order() throws Exception {
        var p = shop.producer("HTX Cà phê Cầu Đất");
        var coffee = shop.published(p, 250_000);
        shop.receive(coffee, 100);
        String body = homeDelivery("VIETQR", line(coffee, 2));
        String key = "drill-" + java.util.UUID.randomUUID();

        List<WebClient.Response> responses =
                race(
                        50,
                        () ->
                                new WebClient(server.getURI())
                                        .postJson("/api/v1/orders", body, "Idempotency-Key", key));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("number").asText()).distinct())
                .hasSize(1);
        assertThat(responses.stream().filter(r -> "false".equals(r.header("Idempotent-Replayed"))))
                .hasSize(1);
        assertThat(number("SELECT count(*) FROM orders.idempotency_keys WHERE key = ?", key))
                .isEqualTo(1);
        assertThat(shop.level(coffee)).containsExactly(100, 2);
    }
}
