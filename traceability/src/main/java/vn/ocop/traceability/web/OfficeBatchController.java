package vn.ocop.traceability.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.application.BatchService;
import vn.ocop.traceability.application.DigitalLinks;
import vn.ocop.traceability.domain.Batch;

/** The provincial office's powers over any producer's batches. */
@Controller("/api/v1/office/batches")
@Tag(name = "Batches")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficeBatchController {

    private final BatchService batches;
    private final DigitalLinks links;

    OfficeBatchController(BatchService batches, DigitalLinks links) {
        this.batches = batches;
        this.links = links;
    }

    @Post("/{id}/recall")
    @Operation(summary = "Recall any producer's batch, with a reason")
    BatchResponse recall(
            Authentication authentication, @PathVariable UUID id, @Body RecallRequest request) {
        Batch batch = batches.recall(Caller.of(authentication), id, request.reason());
        return BatchResponse.of(batch, links.forBatch(batch.gtin(), batch.lot()));
    }
}
