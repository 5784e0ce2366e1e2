package vn.ocop.platform.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ocop.platform.mail.api.Mail;
import vn.ocop.platform.mail.api.MailMessage;
import vn.ocop.platform.outbox.api.Outbox;

/** Writes e-mails to the outbox in the caller's transaction. */
@Singleton
class OutboxMail implements Mail {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;

    OutboxMail(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public long send(MailMessage message) {
        String key = message.to().get(0);
        if (key.length() > 200) {
            key = key.substring(0, 200);
        }
        try {
            return outbox.enqueue(TOPIC, key, JSON.writeValueAsString(Payload.of(message)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("E-mail not serialisable", e);
        }
    }

    /** The JSON stored in the outbox. */
    record Payload(java.util.List<String> to, String subject, String text, String html) {
        static Payload of(MailMessage m) {
            return new Payload(m.to(), m.subject(), m.text(), m.html());
        }

        MailMessage message() {
            return new MailMessage(to, subject, text, html);
        }
    }
}
