package vn.ocop.traceability.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.application.EventCapture;
import vn.ocop.traceability.epcis.CaptureJob;

/**
 * EPCIS capture: an EPCISDocument (JSON or JSON-LD, at most 2 MB) becomes a capture job. The
 * document is validated and stored before the answer, so a 202 means every event is stored and a
 * refusal means none is; the job's address still follows EPCIS 2.0's capture interface.
 */
@Controller("/api/v1/traceability/capture")
@Tag(name = "Traceability")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class CaptureController {

    /**
     * A capture job as EPCIS clients read it ({@code captureID}, {@code running}, {@code success}).
     */
    @Serdeable
    record CaptureJobResponse(
            UUID captureID,
            String status,
            boolean running,
            boolean success,
            int eventCount,
            Instant submittedAt,
            Instant finishedAt) {

        static CaptureJobResponse of(CaptureJob job) {
            return new CaptureJobResponse(
                    job.id(),
                    job.status().name(),
                    job.status() == CaptureJob.Status.RUNNING,
                    job.status() == CaptureJob.Status.SUCCEEDED,
                    job.eventCount(),
                    job.submittedAt(),
                    job.finishedAt());
        }
    }

    private final EventCapture capture;

    CaptureController(EventCapture capture) {
        this.capture = capture;
    }

    @Post
    @Consumes({EpcisMedia.JSON, EpcisMedia.LD_JSON})
    @Operation(
            summary =
                    "Capture an EPCIS 2.0 document: 202 with the job; schema violations are"
                            + " refused with the validator's reasons, documents over 2 MB with 413")
    HttpResponse<CaptureJobResponse> capture(Authentication authentication, @Body byte[] body) {
        CaptureJob job = capture.capture(Caller.of(authentication), body);
        return HttpResponse.<CaptureJobResponse>status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/traceability/capture/" + job.id())
                .body(CaptureJobResponse.of(job));
    }

    @Get("/{id}")
    @Operation(summary = "A capture job's status")
    CaptureJobResponse job(Authentication authentication, @PathVariable UUID id) {
        return CaptureJobResponse.of(capture.job(Caller.of(authentication), id));
    }
}
