package vn.ocop.platform.mail.api;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to send: plain text, optionally with an HTML alternative. Subject and bodies may hold
 * any Unicode (Vietnamese is sent as UTF-8).
 *
 * @param to recipients' addresses, at least one
 * @param subject the subject line
 * @param text the plain-text body
 * @param html an HTML body, or null for text only
 */
public record MailMessage(List<String> to, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        to = List.copyOf(to);
        if (to.isEmpty() || to.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("An e-mail needs at least one recipient");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a subject");
        }
        Objects.requireNonNull(text, "text");
    }

    public static MailMessage text(String to, String subject, String text) {
        return new MailMessage(List.of(to), subject, text, null);
    }
}
