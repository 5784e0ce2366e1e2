package vn.ocop.orders.payment.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.orders.payment.StorefrontAccess;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.testkit.WebClient;

/**
 * Order e-mails from the real order side's transitions: a COD order placed mails the buyer and the
 * producer, shipping mails the buyer with the tracking number; running the job again mails nothing
 * twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "ocop.admin.email", value = "office@mails.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.mail-job.enabled", value = "false")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class OrderMailJobTest implements TestPropertyProvider {

    final int port = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    @Inject EmbeddedServer server;
    @Inject OrderMailJob job;
    @Inject OutboxAdmin outbox;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of(
                "ocop.mail.enabled", "true",
                "ocop.mail.host", "127.0.0.1",
                "ocop.mail.port", String.valueOf(port),
                "ocop.outbox.worker.enabled", "false");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void placing_and_shipping_a_real_order_mails_the_buyer_and_the_producer_once()
            throws Exception {
        WebClient http = new WebClient(server.getURI());
        String office = "Bearer " + http.token("office@mails.test", "office-password-1");
        StorefrontAccess shop = new StorefrontAccess(http, office);
        StorefrontAccess.Goods goods = shop.goods(120_000, 5);
        JsonNode order = shop.order(goods, 2, "COD");
        String number = order.get("number").asText();

        job.runOnce();
        drain();

        MimeMessage placed = only("mai@example.vn", number);
        assertThat(placed.getSubject()).isEqualTo("Chợ OCOP: đã nhận đơn hàng " + number);
        assertThat(placed.getContent().toString())
                .contains("Xin chào Trần Thị Mai,")
                .contains("× 2: 240.000 ₫");
        MimeMessage producer = only(goods.producerEmail(), number);
        assertThat(producer.getSubject())
                .isEqualTo("Chợ OCOP: đơn hàng mới " + number + " cần chuẩn bị");

        String fulfilment = order.get("fulfilments").get(0).get("id").asText();
        String base = "/api/v1/producer/orders/" + number + "/fulfilments/" + fulfilment;
        assertThat(http.postJson(base + "/pack", "", "Authorization", goods.member()).status())
                .isEqualTo(200);
        WebClient.Response shipped =
                http.postJson(
                        base + "/ship",
                        "{\"trackingNumber\":\"GHN-778899\"}",
                        "Authorization",
                        goods.member());
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        job.runOnce();
        drain();

        List<MimeMessage> toBuyer = to("mai@example.vn", number);
        assertThat(toBuyer).hasSize(2);
        MimeMessage parcel =
                toBuyer.stream()
                        .filter(m -> subject(m).contains("đã được gửi đi"))
                        .findFirst()
                        .orElseThrow();
        assertThat(parcel.getContent().toString()).contains("GHN-778899");

        assertThat(job.runOnce()).isZero();
        drain();
        assertThat(to("mai@example.vn", number)).hasSize(2);
        assertThat(to(goods.producerEmail(), number)).hasSize(1);
    }

    private MimeMessage only(String address, String number) {
        List<MimeMessage> found = to(address, number);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<MimeMessage> to(String address, String number) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return m.getAllRecipients()[0].toString().equals(address)
                                        && subject(m).contains(number);
                            } catch (jakarta.mail.MessagingException e) {
                                return false;
                            }
                        })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private void drain() {
        while (outbox.drainOnce() > 0) {
            // deliver every due message
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
