package vn.ocop.platform.mail;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.mail.api.Mail;
import vn.ocop.platform.mail.api.MailMessage;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;

/**
 * Delivers {@code mail.send} messages by SMTP; a failure is retried by the outbox. SMTP has no
 * idempotency, so a retry after a lost reply may send a message twice: acceptable for
 * notifications. Disabled ({@code ocop.mail.enabled=false}): logged only.
 */
@Singleton
class MailSendHandler implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MailSendHandler.class);

    private final SmtpMailer mailer;

    MailSendHandler(SmtpMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String topic() {
        return Mail.TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws Exception {
        MailMessage mail =
                OutboxMail.JSON.readValue(message.payload(), OutboxMail.Payload.class).message();
        if (!mailer.enabled()) {
            LOG.info(
                    "E-mail not sent (ocop.mail.enabled=false) to {}: {}",
                    mail.to(),
                    mail.subject());
            return;
        }
        mailer.send(mail);
        LOG.debug("E-mail {} sent to {}", message.id(), mail.to());
    }
}
