package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.ProducerBatchesApi;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.BatchContent;
import vn.ocop.traceability.domain.LabResult;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.labels.LabelJob;
import vn.ocop.traceability.labels.LabelTemplate;

/** {@link ProducerBatchesApi} over the same services as the producer's REST endpoints. */
@Singleton
class ProducerBatchesFacade implements ProducerBatchesApi {

    private final BatchService batches;
    private final BatchReads reads;
    private final BatchViews views;
    private final LabelJobService labelJobs;
    private final LabelJobWorker worker;

    ProducerBatchesFacade(
            BatchService batches,
            BatchReads reads,
            BatchViews views,
            LabelJobService labelJobs,
            LabelJobWorker worker) {
        this.batches = batches;
        this.reads = reads;
        this.views = views;
        this.labelJobs = labelJobs;
        this.worker = worker;
    }

    @Override
    public List<BatchView> batches(Caller caller) {
        return batches.list(caller, null).stream().map(views::view).toList();
    }

    @Override
    public BatchView register(Caller caller, NewBatch batch) {
        QuantityUnit unit = QuantityUnit.parse(batch.unit()).orElse(null);
        if (batch.unit() != null && !batch.unit().isBlank() && unit == null) {
            throw TraceabilityError.refusal(
                    List.<FieldViolation>of(TraceabilityError.UNKNOWN_UNIT.at("unit")));
        }
        BatchContent content =
                new BatchContent(
                        batch.gtin(),
                        batch.lot(),
                        batch.productionDate(),
                        batch.expiryDate(),
                        batch.bestBeforeDate(),
                        batch.quantity(),
                        unit,
                        batch.productionSite(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null);
        return views.view(batches.register(caller, content, null));
    }

    @Override
    @ReadOnly
    public BatchDetail detail(Caller caller, UUID batchId, Locale locale) {
        Batch batch = batches.get(caller, batchId);
        PublicBatch page = reads.publicBatch(caller, batch.gtin(), batch.lot(), null, locale);
        return new BatchDetail(views.view(batch), page.timeline(), page.labTests());
    }

    @Override
    public BatchView addLabTest(Caller caller, UUID batchId, NewLabTest test) {
        List<LabResult> results =
                test.results() == null
                        ? List.of()
                        : test.results().stream()
                                .map(r -> new LabResult(r.name(), r.value(), r.text(), r.unit()))
                                .toList();
        return views.view(
                batches.addLabTest(
                        caller,
                        batchId,
                        new LabTest(test.lab(), test.reportNumber(), test.date(), results)));
    }

    @Override
    public List<String> labelTemplates() {
        return Arrays.stream(LabelTemplate.values()).map(Enum::name).toList();
    }

    @Override
    public LabelJobStatus startLabelJob(Caller caller, UUID batchId, LabelJobStart request) {
        LabelJob job =
                labelJobs.create(
                        caller,
                        batchId,
                        new LabelJobService.LabelRequest(
                                request.template(),
                                request.mode(),
                                request.quantity(),
                                null,
                                request.language()));
        worker.submit(job.id());
        return status(job);
    }

    @Override
    public LabelJobStatus labelJob(Caller caller, UUID jobId) {
        return status(labelJobs.get(caller, jobId));
    }

    @Override
    public Path labelFile(Caller caller, UUID jobId) {
        return labelJobs.file(caller, jobId);
    }

    private static LabelJobStatus status(LabelJob job) {
        return new LabelJobStatus(
                job.id(),
                job.batchId(),
                job.template().name(),
                job.mode().name(),
                job.status().name(),
                job.done(),
                job.total(),
                job.percent(),
                job.error());
    }
}
