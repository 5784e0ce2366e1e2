package vn.ocop.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.DomainException;
import vn.ocop.testkit.WebClient;

/**
 * Without a Stripe key card payments are off: a clear 503 problem, and CARD refused at checkout.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.test.payable-orders", value = "double")
@Property(name = "ocop.vietqr.bank-bin", value = "")
class StripeOffTest {

    @Inject EmbeddedServer server;
    @Inject TestPayableOrders orders;
    @Inject PaymentOptions options;

    @Test
    void card_endpoints_answer_503_card_payments_are_not_configured() {
        WebClient http = new WebClient(server.getURI());
        String number = orders.place(PaymentMethod.CARD, 100_000, null, "0912999888", null);

        WebClient.Response card =
                http.postJson(
                        "/api/v1/orders/" + number + "/payment/card",
                        "{\"phone\":\"0912999888\"}",
                        "Accept-Language",
                        "vi");
        WebClient.Response webhook =
                http.send(
                        http.builder("/api/v1/payments/stripe/webhook", "Accept-Language", "en")
                                .header("Content-Type", "application/json")
                                .header("Stripe-Signature", "t=1,v1=00")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(card.status()).isEqualTo(503);
        assertThat(card.json().get("code").asText()).isEqualTo("payments.card-not-configured");
        assertThat(card.json().get("title").asText())
                .isEqualTo("Chưa cấu hình thanh toán bằng thẻ");
        assertThat(webhook.status()).isEqualTo(503);
        assertThat(webhook.json().get("title").asText())
                .isEqualTo("Card payments are not configured");
    }

    @Test
    void checkout_refuses_card_and_bank_transfer_when_unconfigured() {
        assertThat(options.online()).containsExactly(PaymentMethod.COD);
        assertThatThrownBy(() -> options.requireAvailable(PaymentMethod.CARD))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo(PaymentError.CARD_NOT_CONFIGURED);
        assertThatThrownBy(() -> options.requireAvailable(PaymentMethod.VIETQR))
                .isInstanceOf(DomainException.class);
        options.requireAvailable(PaymentMethod.COD);
    }
}
