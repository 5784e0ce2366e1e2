package vn.ocop.platform.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import vn.ocop.platform.mail.api.MailMessage;

/** Sends one message by SMTP with Jakarta Mail; UTF-8 subject and bodies. */
@Singleton
class SmtpMailer {

    private static final String UTF8 = StandardCharsets.UTF_8.name();

    private final boolean enabled;
    private final Session session;
    private final InternetAddress from;

    SmtpMailer(
            @Value("${ocop.mail.enabled:false}") boolean enabled,
            @Value("${ocop.mail.host:localhost}") String host,
            @Value("${ocop.mail.port:25}") int port,
            @Value("${ocop.mail.from:OCOP Market <no-reply@localhost>}") String from,
            @Value("${ocop.mail.username:}") String username,
            @Value("${ocop.mail.password:}") String password,
            @Value("${ocop.mail.start-tls:false}") boolean startTls,
            @Value("${ocop.mail.timeout:10s}") Duration timeout) {
        this.enabled = enabled;
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.mime.charset", UTF8);
        boolean login = username != null && !username.isBlank();
        props.put("mail.smtp.auth", String.valueOf(login));
        this.session =
                login
                        ? Session.getInstance(
                                props,
                                new Authenticator() {
                                    @Override
                                    protected PasswordAuthentication getPasswordAuthentication() {
                                        return new PasswordAuthentication(username, password);
                                    }
                                })
                        : Session.getInstance(props);
        try {
            this.from = new InternetAddress(from, true);
            this.from.setPersonal(this.from.getPersonal(), UTF8);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException("ocop.mail.from is not an address: " + from, e);
        }
    }

    boolean enabled() {
        return enabled;
    }

    void send(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        for (String to : message.to()) {
            mime.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        mime.setSubject(message.subject(), UTF8);
        mime.setSentDate(new Date());
        if (message.html() == null) {
            mime.setText(message.text(), UTF8);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), UTF8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), UTF8, "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        Transport.send(mime);
    }
}
