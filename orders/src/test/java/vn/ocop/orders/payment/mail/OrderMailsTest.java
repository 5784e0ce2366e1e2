package vn.ocop.orders.payment.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.platform.outbox.api.OutboxAdmin;

/**
 * Order e-mails in Vietnamese and English, through the outbox to a real SMTP server (GreenMail).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderMailsTest implements TestPropertyProvider {

    final int port = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    @Inject OrderMails mails;
    @Inject OutboxAdmin outbox;
    @Inject TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of(
                "ocop.mail.enabled", "true",
                "ocop.mail.host", "127.0.0.1",
                "ocop.mail.port", String.valueOf(port),
                "ocop.public-base-url", "https://cho-ocop.vn",
                "ocop.outbox.worker.enabled", "false");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @BeforeEach
    void clear() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_buyer_gets_the_order_placed_e_mail_in_vietnamese() throws Exception {
        transactions.executeWrite(
                s ->
                        mails.orderPlaced(
                                "OCOP-2026-000123",
                                "Trần Thị Mai",
                                "mai@example.vn",
                                null,
                                List.of(
                                        new OrderMails.Line("Nước mắm Cát Hải 500 ml", 2, 240_000),
                                        new OrderMails.Line("Chè Tân Cương", 1, 85_000)),
                                370_000,
                                "VIETQR"));
        drain();

        MimeMessage m = only("mai@example.vn");
        assertThat(m.getSubject()).isEqualTo("Chợ OCOP: đã nhận đơn hàng OCOP-2026-000123");
        String body = m.getContent().toString();
        assertThat(body)
                .contains("Xin chào Trần Thị Mai,")
                .contains("- Nước mắm Cát Hải 500 ml × 2: 240.000 ₫")
                .contains("Tổng cộng (gồm phí giao hàng): 370.000 ₫")
                .contains("chuyển khoản qua mã VietQR")
                .contains("https://cho-ocop.vn/tra-cuu-don-hang?so=OCOP-2026-000123");
    }

    @Test
    void shipped_in_english_and_the_producer_notice_go_to_their_addresses() throws Exception {
        transactions.executeWrite(
                s -> {
                    mails.orderShipped(
                            "OCOP-2026-000124",
                            "John Smith",
                            "john@example.com",
                            Locale.ENGLISH,
                            "HTX Nước mắm Cát Hải",
                            "GHN123456");
                    mails.newOrderForProducer(
                            "OCOP-2026-000124",
                            "HTX Nước mắm Cát Hải",
                            "htx@example.vn",
                            null,
                            List.of(new OrderMails.Line("Nước mắm Cát Hải 500 ml", 3, 360_000)));
                    return mails.orderPlaced(
                            "OCOP-2026-000124", "Guest", null, null, List.of(), 0, "COD");
                });
        drain();

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        MimeMessage shipped = only("john@example.com");
        assertThat(shipped.getSubject())
                .isEqualTo("OCOP Market: order OCOP-2026-000124 has shipped");
        assertThat(shipped.getContent().toString())
                .contains("The parcel from HTX Nước mắm Cát Hải")
                .contains("Tracking number: GHN123456");
        MimeMessage producer = only("htx@example.vn");
        assertThat(producer.getSubject())
                .isEqualTo("Chợ OCOP: đơn hàng mới OCOP-2026-000124 cần chuẩn bị");
        assertThat(producer.getContent().toString())
                .contains("Kính gửi HTX Nước mắm Cát Hải,")
                .contains("× 3: 360.000 ₫");
    }

    private MimeMessage only(String to) {
        List<MimeMessage> found =
                Arrays.stream(smtp.getReceivedMessages())
                        .filter(
                                m -> {
                                    try {
                                        return m.getAllRecipients()[0].toString().equals(to);
                                    } catch (jakarta.mail.MessagingException e) {
                                        return false;
                                    }
                                })
                        .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
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
