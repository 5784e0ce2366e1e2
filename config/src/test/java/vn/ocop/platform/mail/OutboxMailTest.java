package vn.ocop.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.platform.mail.api.Mail;
import vn.ocop.platform.mail.api.MailMessage;
import vn.ocop.platform.outbox.api.OutboxAdmin;

/**
 * E-mail through the outbox to a real SMTP server in the test JVM (GreenMail): enqueued in a
 * transaction, drained, received with the Vietnamese subject and body intact; a rolled-back
 * transaction sends nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxMailTest implements TestPropertyProvider {

    final int port = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    @Inject Mail mail;
    @Inject OutboxAdmin outbox;
    @Inject TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of(
                "ocop.mail.enabled", "true",
                "ocop.mail.host", "127.0.0.1",
                "ocop.mail.port", String.valueOf(port),
                "ocop.mail.from", "Chợ OCOP <no-reply@cho-ocop.vn>",
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
    void an_enqueued_message_is_drained_and_received_with_vietnamese_text_intact()
            throws Exception {
        String subject = "Đơn hàng OCOP-2026-000123 đã được đặt thành công";
        String text = "Chào chị Mai,\nCảm ơn chị đã mua Nước mắm Cát Hải — tổng cộng 350.000 ₫.";
        transactions.executeWrite(
                status ->
                        mail.send(
                                new MailMessage(
                                        List.of("mai@example.vn"),
                                        subject,
                                        text,
                                        "<p>Chào chị <b>Mai</b>, cảm ơn chị!</p>")));

        assertThat(smtp.getReceivedMessages()).isEmpty();
        drain();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).isEqualTo(subject);
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("mai@example.vn");
        assertThat(m.getFrom()[0].toString()).contains("no-reply@cho-ocop.vn");
        assertThat(((jakarta.mail.internet.InternetAddress) m.getFrom()[0]).getPersonal())
                .isEqualTo("Chợ OCOP");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        // SMTP carries text with CRLF line ends
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n"))
                .isEqualTo(text);
        assertThat(parts.getBodyPart(1).getContent().toString()).contains("cảm ơn chị!");
        assertThat(GreenMailUtil.getBody(m)).isNotBlank();
    }

    @Test
    void a_text_only_message_arrives_as_utf8_text() throws Exception {
        transactions.executeWrite(
                status ->
                        mail.send(
                                MailMessage.text(
                                        "htx@example.vn",
                                        "Đơn hàng mới cần chuẩn bị",
                                        "Có đơn mới: 2 × Chả mực Hạ Long.")));
        drain();

        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Đơn hàng mới cần chuẩn bị");
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(m.getContent().toString().strip()).isEqualTo("Có đơn mới: 2 × Chả mực Hạ Long.");
    }

    @Test
    void a_rolled_back_transaction_sends_nothing_and_outside_one_enqueuing_is_refused() {
        transactions.executeWrite(
                status -> {
                    mail.send(MailMessage.text("x@example.vn", "Không gửi", "..."));
                    status.setRollbackOnly();
                    return null;
                });
        drain();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThatThrownBy(() -> mail.send(MailMessage.text("x@example.vn", "Ngoài", "...")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MailMessage.text(" ", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
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
