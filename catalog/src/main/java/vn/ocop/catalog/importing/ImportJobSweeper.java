package vn.ocop.catalog.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes over jobs no instance is running (the instance that accepted or ran them stopped) and
 * forgets finished jobs after a while. Safe on several instances: claiming a job is atomic.
 */
@Singleton
class ImportJobSweeper {

    private final ImportJobs jobs;
    private final ImportJobRunner runner;
    private final Clock clock;
    private final Duration retention;

    ImportJobSweeper(
            ImportJobs jobs,
            ImportJobRunner runner,
            Clock clock,
            @Value("${ocop.catalog.import.retention:30d}") Duration retention) {
        this.jobs = jobs;
        this.runner = runner;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(
            fixedDelay = "${ocop.catalog.import.sweep-interval:30s}",
            initialDelay = "${ocop.catalog.import.sweep-interval:30s}")
    void sweep() {
        Instant staleBefore = clock.instant().minus(runner.staleAfter());
        for (UUID orphan : jobs.orphans(staleBefore, staleBefore)) {
            runner.submit(orphan);
        }
        jobs.purgeFinishedBefore(clock.instant().minus(retention));
    }
}
