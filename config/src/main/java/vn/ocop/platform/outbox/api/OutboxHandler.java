package vn.ocop.platform.outbox.api;

/**
 * Applies the messages of one topic; modules implement it as a bean (one bean per topic, checked at
 * start-up).
 *
 * <p>Delivery is at least once. A handler must therefore be <b>idempotent</b>: it may be called
 * more than once for the same message (a retry after a failure, or after an instance stopped or
 * overran its lease in the middle of handling). Messages are offered roughly in the order they were
 * created, but there is <b>no ordering guarantee</b>, across keys or within one: a failed message
 * waits for its back-off while later ones go ahead, and several instances work in parallel. When
 * order matters (an index entry, a stock figure), treat the message as a notification and re-read
 * the current state by its key instead of trusting the payload.
 *
 * <p>{@link #handle} runs outside any database transaction, so it may call Elasticsearch, an SMTP
 * server or a payment provider; if it writes to its module's tables it opens its own transaction.
 * Returning normally marks the message done; throwing schedules a retry with exponential back-off
 * and, after the configured number of attempts, moves the message to the dead letters with the
 * error, where an office user can requeue it.
 */
public interface OutboxHandler {

    /** The topic this handler receives, exactly as passed to {@link Outbox#enqueue}. */
    String topic();

    /** Applies one message; throws to have it retried. */
    void handle(OutboxMessage message) throws Exception;
}
