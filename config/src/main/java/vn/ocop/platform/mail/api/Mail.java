package vn.ocop.platform.mail.api;

/**
 * Sends e-mail through the outbox: {@link #send} writes the message in the caller's transaction (so
 * a rolled-back use case sends nothing) and the {@code mail.send} handler delivers it by SMTP after
 * commit, with the outbox's retries. With {@code ocop.mail.enabled=false} the handler only logs it.
 */
public interface Mail {

    /** The outbox topic of outgoing e-mail. */
    String TOPIC = "mail.send";

    /**
     * Enqueues a message in the caller's read-write transaction.
     *
     * @return the outbox message id
     * @throws IllegalStateException when no read-write transaction is active
     */
    long send(MailMessage message);
}
