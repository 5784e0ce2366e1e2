package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code ocop.outbox.worker.*}: how this instance polls. Defaults are in platform-defaults.yml.
 *
 * @param enabled whether this instance polls on a schedule ({@link OutboxWorker#drainOnce} works
 *     either way)
 * @param pollInterval pause between polls once the queue has no due message
 * @param initialDelay pause after start-up before the first poll
 * @param batchSize messages claimed per poll
 * @param lease how long a claimed batch is reserved for this instance
 * @param instanceId recorded in {@code locked_by}; blank: generated
 */
@ConfigurationProperties("ocop.outbox.worker")
record WorkerSettings(
        boolean enabled,
        @NotNull Duration pollInterval,
        @NotNull Duration initialDelay,
        @Min(1) int batchSize,
        @NotNull Duration lease,
        String instanceId) {}
