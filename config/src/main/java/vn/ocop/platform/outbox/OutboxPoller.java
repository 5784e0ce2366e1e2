package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the worker on this instance's schedule (off with {@code ocop.outbox.worker.enabled=false}).
 * While polls come back full it polls again at once, so a backlog drains at handler speed; the
 * interval applies once the queue has no due message. On shutdown it lets the running batch finish
 * (for a while) before the data source closes, so a deployment rarely leaves leases to expire.
 */
@Singleton
@Requires(property = "ocop.outbox.worker.enabled", notEquals = "false")
class OutboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final OutboxWorker worker;
    private final OutboxRetention retention;
    private final ReentrantLock polling = new ReentrantLock();
    private volatile boolean running = true;

    OutboxPoller(OutboxWorker worker, OutboxRetention retention) {
        this.worker = worker;
        this.retention = retention;
    }

    @Scheduled(
            fixedDelay = "${ocop.outbox.worker.poll-interval}",
            initialDelay = "${ocop.outbox.worker.initial-delay}")
    void poll() {
        polling.lock();
        try {
            while (running && worker.drainOnce() == worker.batchSize()) {
                LOG.debug("Outbox batch was full; polling again");
            }
        } catch (RuntimeException | Error e) {
            logUnlessStopping("Outbox poll failed; next poll as scheduled", e);
        } finally {
            polling.unlock();
        }
    }

    @Scheduled(
            fixedDelay = "${ocop.outbox.cleanup.interval}",
            initialDelay = "${ocop.outbox.cleanup.interval}")
    void purge() {
        try {
            retention.purgeHandled();
        } catch (RuntimeException e) {
            logUnlessStopping("Outbox purge failed; next purge as scheduled", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (polling.tryLock(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            polling.unlock();
        } else {
            LOG.warn(
                    "Outbox batch still running after {}; its messages are retried once"
                            + " their lease expires",
                    SHUTDOWN_GRACE);
        }
    }

    private void logUnlessStopping(String message, Throwable e) {
        if (running) {
            LOG.error(message, e);
        } else {
            LOG.debug("{} (application stopping)", message, e);
        }
    }
}
