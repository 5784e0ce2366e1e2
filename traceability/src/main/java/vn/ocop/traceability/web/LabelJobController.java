package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.application.LabelJobService;
import vn.ocop.traceability.application.LabelJobWorker;
import vn.ocop.traceability.labels.LabelJob;

/**
 * Label PDFs of a batch, printed in the background: POST a job (202 with its address), follow its
 * progress, download the file when it has succeeded.
 */
@Controller("/api/v1/producer")
@Tag(name = "Batches")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class LabelJobController {

    /**
     * @param template A4_3X8, A4_4X10, ROLL_40X30_203DPI or ROLL_40X30_300DPI
     * @param mode BATCH (default), NEW_SERIALS or EACH_SERIAL
     * @param quantity labels (BATCH) or new serials (NEW_SERIALS), 1 to 10,000
     * @param ecLevel L, M (default), Q or H
     * @param language vi (default) or en: product name and captions
     */
    @Serdeable
    record LabelJobRequest(
            @Nullable String template,
            @Nullable String mode,
            @Nullable Integer quantity,
            @Nullable String ecLevel,
            @Nullable String language) {}

    @Serdeable
    record LabelJobResponse(
            UUID id,
            UUID batchId,
            String template,
            String mode,
            String status,
            int done,
            int total,
            int percent,
            @Nullable String error,
            @Nullable Long fileSize,
            @Nullable String file,
            Instant createdAt,
            @Nullable Instant finishedAt) {

        static LabelJobResponse of(LabelJob job) {
            boolean ready = job.status() == LabelJob.Status.SUCCEEDED;
            return new LabelJobResponse(
                    job.id(),
                    job.batchId(),
                    job.template().name(),
                    job.mode().name(),
                    job.status().name(),
                    job.done(),
                    job.total(),
                    job.percent(),
                    job.error(),
                    job.fileSize(),
                    ready ? "/api/v1/producer/label-jobs/" + job.id() + "/file" : null,
                    job.createdAt(),
                    job.finishedAt());
        }
    }

    private final LabelJobService service;
    private final LabelJobWorker worker;

    LabelJobController(LabelJobService service, LabelJobWorker worker) {
        this.service = service;
        this.worker = worker;
    }

    @Post("/batches/{id}/label-jobs")
    @Operation(
            summary =
                    "Print labels of the batch as a PDF in the background: 202 with the job;"
                            + " NEW_SERIALS issues the serials at once")
    HttpResponse<LabelJobResponse> create(
            Authentication authentication, @PathVariable UUID id, @Body LabelJobRequest request) {
        LabelJob job =
                service.create(
                        Caller.of(authentication),
                        id,
                        new LabelJobService.LabelRequest(
                                request.template(),
                                request.mode(),
                                request.quantity(),
                                request.ecLevel(),
                                request.language()));
        worker.submit(job.id());
        return HttpResponse.<LabelJobResponse>status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/producer/label-jobs/" + job.id())
                .body(LabelJobResponse.of(job));
    }

    @Get("/label-jobs/{jobId}")
    @Operation(summary = "A label job's status and progress (done of total, percent)")
    LabelJobResponse job(Authentication authentication, @PathVariable UUID jobId) {
        return LabelJobResponse.of(service.get(Caller.of(authentication), jobId));
    }

    @Get(
            uri = "/label-jobs/{jobId}/file",
            produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The finished job's PDF, streamed from the data directory")
    HttpResponse<SystemFile> file(Authentication authentication, @PathVariable UUID jobId) {
        return HttpResponse.ok(
                new SystemFile(
                                service.file(Caller.of(authentication), jobId).toFile(),
                                MediaType.APPLICATION_PDF_TYPE)
                        .attach("labels-" + jobId + ".pdf"));
    }
}
