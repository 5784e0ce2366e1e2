package vn.ocop.orders.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs {@link ReservationExpiry} on a schedule ({@code ocop.orders.expiry-job.*}). */
@Singleton
@Requires(property = "ocop.orders.expiry-job.enabled", notEquals = "false")
class ReservationExpiryJob {

    private final ReservationExpiry expiry;

    ReservationExpiryJob(ReservationExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelay = "${ocop.orders.expiry-job.interval:30s}", initialDelay = "15s")
    void run() {
        while (expiry.expireBatch() == ReservationExpiry.BATCH) {
            // a full batch: more may be waiting
        }
    }
}
