package vn.ocop.catalog.certificate;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires certificates on their date. Runs often (default every minute) so a lapse leaves the
 * public catalogue within about a minute of midnight; the outbox then updates the index.
 */
@Singleton
@Requires(property = "ocop.catalog.expiry-job.enabled", notEquals = "false")
class CertificateExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateExpiryJob.class);

    private final CertificateService certificates;

    CertificateExpiryJob(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Scheduled(fixedDelay = "${ocop.catalog.expiry-job.interval:1m}", initialDelay = "10s")
    void run() {
        int expired;
        do {
            expired = certificates.expireDue();
            if (expired > 0) {
                LOG.info("Expired {} OCOP certificate(s) past their validity", expired);
            }
        } while (expired == 500);
    }
}
