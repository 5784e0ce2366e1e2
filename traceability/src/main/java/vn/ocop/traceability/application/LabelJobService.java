package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.labels.LabelFiles;
import vn.ocop.traceability.labels.LabelJob;
import vn.ocop.traceability.labels.LabelJobs;
import vn.ocop.traceability.labels.LabelTemplate;
import vn.ocop.traceability.serials.UnitSerial;
import vn.ocop.traceability.serials.UnitSerials;

/**
 * Asking for a label PDF: the request is checked and stored as a queued job (with its new serials,
 * in the same transaction), and the caller then hands the job to the {@link LabelJobWorker}.
 */
@Singleton
public class LabelJobService {

    public static final int MAX_LABELS = 10_000;

    /** What a producer asks for; strings as sent, checked here. */
    public record LabelRequest(
            String template, String mode, Integer quantity, String ecLevel, String language) {}

    private final BatchAccess access;
    private final SerialService serials;
    private final UnitSerials unitSerials;
    private final LabelJobs jobs;
    private final LabelFiles files;
    private final Clock clock;

    LabelJobService(
            BatchAccess access,
            SerialService serials,
            UnitSerials unitSerials,
            LabelJobs jobs,
            LabelFiles files,
            Clock clock) {
        this.access = access;
        this.serials = serials;
        this.unitSerials = unitSerials;
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public LabelJob create(Caller caller, UUID batchId, LabelRequest request) {
        LabelTemplate template =
                request.template() == null
                        ? null
                        : LabelTemplate.parse(request.template()).orElse(null);
        if (template == null) {
            throw TraceabilityError.UNKNOWN_TEMPLATE.refuse("template");
        }
        LabelJob.Mode mode = mode(request.mode());
        ErrorCorrection level =
                request.ecLevel() == null
                        ? ErrorCorrection.DEFAULT
                        : ErrorCorrection.parse(request.ecLevel())
                                .orElseThrow(
                                        () -> TraceabilityError.INVALID_EC_LEVEL.refuse("ecLevel"));
        String language = language(request.language());
        Integer quantity = request.quantity();
        if (mode != LabelJob.Mode.EACH_SERIAL
                && (quantity == null || quantity < 1 || quantity > MAX_LABELS)) {
            throw TraceabilityError.INVALID_LABEL_QUANTITY.refuse("quantity");
        }
        Batch batch = access.accessible(caller, batchId);
        if (batch.isRecalled()) {
            throw TraceabilityError.BATCH_RECALLED.exception("Batch " + batchId + " is recalled");
        }
        Integer first = null;
        Integer last = null;
        int total;
        switch (mode) {
            case BATCH -> total = quantity;
            case NEW_SERIALS -> {
                List<UnitSerial> issued = serials.issueFor(batch, caller.accountId(), quantity);
                first = issued.get(0).ordinal();
                last = issued.get(issued.size() - 1).ordinal();
                total = quantity;
            }
            default -> {
                total = unitSerials.count(batchId);
                if (total == 0) {
                    throw TraceabilityError.NO_SERIALS.refuse("mode");
                }
                if (total > MAX_LABELS) {
                    throw TraceabilityError.INVALID_LABEL_QUANTITY.refuse("quantity");
                }
                first = 1;
                last = unitSerials.lastOrdinal(batchId);
            }
        }
        LabelJob job =
                new LabelJob(
                        UUID.randomUUID(),
                        batch.id(),
                        batch.producerId(),
                        caller.accountId(),
                        template,
                        mode,
                        level.name(),
                        language,
                        first,
                        last,
                        total,
                        0,
                        LabelJob.Status.QUEUED,
                        null,
                        null,
                        clock.instant(),
                        null);
        jobs.add(job);
        return job;
    }

    @ReadOnly
    public LabelJob get(Caller caller, UUID jobId) {
        LabelJob job =
                jobs.byId(jobId)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.LABEL_JOB_NOT_FOUND.exception(
                                                "No label job " + jobId));
        if (!caller.mayActForProducer(job.producerId())) {
            throw TraceabilityError.LABEL_JOB_NOT_FOUND.exception("No label job " + jobId);
        }
        return job;
    }

    /** The finished job's PDF. */
    @ReadOnly
    public Path file(Caller caller, UUID jobId) {
        LabelJob job = get(caller, jobId);
        Path file = files.pdf(jobId);
        if (job.status() != LabelJob.Status.SUCCEEDED || !Files.isRegularFile(file)) {
            throw TraceabilityError.LABEL_FILE_NOT_READY.exception(
                    "Label job " + jobId + " is " + job.status());
        }
        return file;
    }

    private static LabelJob.Mode mode(String mode) {
        if (mode == null) {
            return LabelJob.Mode.BATCH;
        }
        try {
            return LabelJob.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TraceabilityError.UNKNOWN_LABEL_MODE.refuse("mode");
        }
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return "vi";
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw TraceabilityError.INVALID_QUERY.refuse("language");
        }
        return lang;
    }
}
