package vn.ocop.platform.outbox.api;

import java.util.List;

/**
 * What the office (or an operator) may do with the outbox: look at the messages it gave up on and
 * requeue them, or deliver due messages now. Dead letters are kept until requeued; nothing deletes
 * them.
 */
public interface OutboxAdmin {

    /** The most recently dead-lettered messages first, at most {@code limit} (1 to 500). */
    List<DeadLetter> deadLetters(int limit);

    /**
     * Puts a dead letter back in the queue with a fresh attempt budget, due now.
     *
     * @return false when no dead letter has that id (already requeued, or never dead)
     */
    boolean requeue(long id);

    /**
     * Requeues every dead letter of a topic, e.g. after an outage of the system its handler calls.
     *
     * @return how many were requeued
     */
    int requeueAll(String topic);

    /**
     * Claims one batch of due messages and delivers it on the calling thread, as the scheduled
     * worker does in the background; for an operator's "deliver now" and for tests that need
     * messages applied before they look. Call it outside any transaction: handlers expect none.
     *
     * @return how many messages were claimed (delivered, retried, dead-lettered or put back)
     */
    int drainOnce();
}
