package vn.ocop.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.outbox.api.OutboxMessage;

/** Records how a delivery ended and logs it with the message id and topic. */
class Outcomes {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRows rows;
    private final RetrySettings retry;
    private final Backoff backoff;

    Outcomes(OutboxRows rows, RetrySettings retry) {
        this.rows = rows;
        this.retry = retry;
        this.backoff = Backoff.of(retry);
    }

    /** True when the previous claim used the last attempt and never reported back. */
    boolean exhausted(OutboxMessage message) {
        return message.attempt() > retry.maxAttempts();
    }

    void succeeded(OutboxMessage message, String instanceId) {
        recorded(rows.done(message, instanceId), message, "done");
    }

    void failed(OutboxMessage message, String instanceId, Throwable failure) {
        String error = Failures.describe(failure);
        if (message.attempt() >= retry.maxAttempts()) {
            LOG.error(
                    "Outbox message {} (topic {}, key {}) failed attempt {} of {}: dead-lettered",
                    message.id(),
                    message.topic(),
                    message.key(),
                    message.attempt(),
                    retry.maxAttempts(),
                    failure);
            recorded(rows.dead(message, instanceId, error), message, "dead");
            return;
        }
        var delay = backoff.after(message.attempt());
        LOG.warn(
                "Outbox message {} (topic {}, key {}) failed attempt {} of {}; retrying in {} ms",
                message.id(),
                message.topic(),
                message.key(),
                message.attempt(),
                retry.maxAttempts(),
                delay.toMillis(),
                failure);
        recorded(rows.retryLater(message, instanceId, delay, error), message, "retry");
    }

    void abandoned(OutboxMessage message, String instanceId) {
        String error =
                "The lease on the final attempt expired without a result (the instance stopped"
                        + " or its handler overran the lease); not delivered again";
        LOG.error("Outbox message {} (topic {}): {}", message.id(), message.topic(), error);
        recorded(rows.dead(message, instanceId, error), message, "dead");
    }

    void unhandled(OutboxMessage message, String instanceId) {
        String error = "No outbox handler for topic '" + message.topic() + "' on " + instanceId;
        LOG.warn(
                "Outbox message {}: {}; kept pending, retrying in {} ms",
                message.id(),
                error,
                backoff.max().toMillis());
        recorded(rows.putBack(message, instanceId, backoff.max(), error), message, "put back");
    }

    private static void recorded(boolean updated, OutboxMessage message, String outcome) {
        if (!updated) {
            LOG.warn(
                    "Outbox message {} (topic {}): lease lost before recording '{}'; another"
                            + " instance owns it now and may deliver it again",
                    message.id(),
                    message.topic(),
                    outcome);
        }
    }
}
