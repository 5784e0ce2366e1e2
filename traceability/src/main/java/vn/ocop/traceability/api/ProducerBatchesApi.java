package vn.ocop.traceability.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * What the producer's own pages ask of traceability: its batches, registering one, a batch's
 * timeline and lab tests, adding a lab report, and label PDFs printed in the background. The same
 * use cases as {@code /api/v1/producer/batches} and the label-job endpoints, with the same rules: a
 * member acts for its own producer's batches only ({@code traceability.not-your-product}, 403).
 */
public interface ProducerBatchesApi {

    /** The member's producer's batches, newest first. */
    List<BatchView> batches(Caller caller);

    /** Registers a batch of one of the producer's variants (by GTIN), with its first events. */
    BatchView register(Caller caller, NewBatch batch);

    /** One of the caller's batches with its EPCIS timeline (oldest first) and lab tests. */
    BatchDetail detail(Caller caller, UUID batchId, Locale locale);

    /** Adds a lab's test report to one of the caller's batches (an inspection event). */
    BatchView addLabTest(Caller caller, UUID batchId, NewLabTest test);

    /** The label templates a job may use, e.g. {@code A4_3X8}. */
    List<String> labelTemplates();

    /** Queues a label PDF of one of the caller's batches and hands it to the worker. */
    LabelJobStatus startLabelJob(Caller caller, UUID batchId, LabelJobStart request);

    /** A label job of the caller's producer. */
    LabelJobStatus labelJob(Caller caller, UUID jobId);

    /** The finished job's PDF ({@code traceability.label-file-not-ready} before). */
    Path labelFile(Caller caller, UUID jobId);

    /**
     * A batch as the producer's form sends it; missing fields are refused by the batch's rules.
     *
     * @param unit PIECE, KG, G, TONNE, L or ML
     */
    record NewBatch(
            String gtin,
            String lot,
            LocalDate productionDate,
            LocalDate expiryDate,
            LocalDate bestBeforeDate,
            BigDecimal quantity,
            String unit,
            String productionSite) {}

    /** A lab's test report with its measured or described results. */
    record NewLabTest(
            String lab, String reportNumber, LocalDate date, List<PublicBatch.LabResult> results) {}

    /** A batch with what happened to it and what the labs found. */
    record BatchDetail(
            BatchView batch,
            List<PublicBatch.TimelineEntry> timeline,
            List<PublicBatch.LabTest> labTests) {}

    /**
     * @param template one of {@link #labelTemplates()}
     * @param mode BATCH (the batch's code only), NEW_SERIALS (one new serial per label) or
     *     EACH_SERIAL (every serial issued so far)
     * @param quantity labels (BATCH) or new serials (NEW_SERIALS), 1 to 10,000
     * @param language vi or en: product name and captions on the labels
     */
    record LabelJobStart(String template, String mode, Integer quantity, String language) {}

    /**
     * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
     * @param percent 0 to 100
     */
    record LabelJobStatus(
            UUID id,
            UUID batchId,
            String template,
            String mode,
            String status,
            int done,
            int total,
            int percent,
            String error) {

        public boolean succeeded() {
            return "SUCCEEDED".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }

        public boolean finished() {
            return succeeded() || failed();
        }
    }
}
