package vn.ocop.platform.outbox;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;

/**
 * Delivers due outbox messages: claim a batch (short transaction), run each handler with no
 * transaction open, record each result (short transaction). Safe to call from many threads and
 * instances at once; {@link OutboxPoller} calls it on a schedule.
 */
@Singleton
class OutboxWorker {

    private final OutboxRows rows;
    private final OutboxHandlers handlers;
    private final Outcomes outcomes;
    private final WorkerSettings settings;
    private final String instanceId;

    OutboxWorker(
            OutboxRows rows,
            OutboxHandlers handlers,
            RetrySettings retry,
            WorkerSettings settings) {
        this.rows = rows;
        this.handlers = handlers;
        this.outcomes = new Outcomes(rows, retry);
        this.settings = settings;
        this.instanceId = InstanceIds.orGenerated(settings.instanceId());
    }

    /** Claims and delivers one batch of due messages; returns how many were claimed. */
    int drainOnce() {
        List<OutboxMessage> batch = rows.claim(instanceId, settings.batchSize(), settings.lease());
        batch.forEach(this::deliver);
        return batch.size();
    }

    int batchSize() {
        return settings.batchSize();
    }

    private void deliver(OutboxMessage message) {
        if (outcomes.exhausted(message)) {
            outcomes.abandoned(message, instanceId);
            return;
        }
        Optional<OutboxHandler> handler = handlers.forTopic(message.topic());
        if (handler.isEmpty()) {
            outcomes.unhandled(message, instanceId);
            return;
        }
        try {
            handler.get().handle(message);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            outcomes.failed(message, instanceId, e);
            return;
        }
        outcomes.succeeded(message, instanceId);
    }
}
