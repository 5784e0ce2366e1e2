package vn.ocop.traceability.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.platform.identity.api.Caller;

/**
 * What the OCOP office's pages need of traceability: recalls, flagged scans and scans per province
 * for the reports. The same rules as the office's REST endpoints.
 */
public interface OfficeTraceabilityApi {

    /** A code (serial, lot or bare GTIN) that raised counterfeit signals. */
    @Serdeable
    record FlaggedScan(
            String gtin,
            String lot,
            String serial,
            List<String> reasons,
            long consumerScans,
            long staffScans,
            Instant lastFlaggedAt,
            String detail) {}

    /** Scans in a province; {@code provinceCode} is empty when the scanner did not say where. */
    @Serdeable
    record ProvinceScans(String provinceCode, long scans) {}

    /** Recalled batches, most recent recall first. */
    List<BatchView> recalledBatches(int limit);

    /** How many batches are recalled. */
    long recalledCount();

    /**
     * Recalls a batch by its GS1 keys, with a reason.
     *
     * @throws vn.ocop.kernel.DomainException BATCH_NOT_FOUND, or the batch's own refusals (blank
     *     reason, already recalled)
     */
    BatchView recall(Caller caller, String gtin, String lot, String reason);

    /** Flagged codes, most recently flagged first. */
    List<FlaggedScan> flaggedScans(int limit);

    /** How many codes carry at least one flag. */
    long flaggedCount();

    /** Scans per province between two days (Vietnamese time, both included), most first. */
    List<ProvinceScans> scansPerProvince(LocalDate from, LocalDate to);
}
