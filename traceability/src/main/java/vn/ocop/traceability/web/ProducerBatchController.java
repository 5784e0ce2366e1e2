package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.application.BatchService;
import vn.ocop.traceability.application.DigitalLinks;
import vn.ocop.traceability.domain.Batch;

/** A producer's batches (lô sản phẩm); the office may act on any. */
@Controller("/api/v1/producer/batches")
@Tag(name = "Batches")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class ProducerBatchController {

    private final BatchService batches;
    private final DigitalLinks links;

    ProducerBatchController(BatchService batches, DigitalLinks links) {
        this.batches = batches;
        this.links = links;
    }

    @Post
    @Operation(
            summary =
                    "Register a batch of one of the producer's variants (by GTIN) with its raw"
                            + " materials, process steps, lab tests and retained sample")
    HttpResponse<BatchResponse> register(
            Authentication authentication, @Body BatchRequest request) {
        Batch batch =
                batches.register(
                        Caller.of(authentication), request.content(), request.producerId());
        return HttpResponse.created(response(batch));
    }

    @Get
    @Operation(
            summary = "The member's producer's batches (every batch for the office), newest first")
    List<BatchResponse> list(
            Authentication authentication,
            @Parameter(description = "only batches of this GTIN") @QueryValue @Nullable
                    String gtin) {
        return batches.list(Caller.of(authentication), gtin).stream().map(this::response).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One batch with its whole record")
    BatchResponse show(Authentication authentication, @PathVariable UUID id) {
        return response(batches.get(Caller.of(authentication), id));
    }

    @Post("/{id}/recall")
    @Operation(summary = "Recall one of the producer's batches, with a reason")
    BatchResponse recall(
            Authentication authentication, @PathVariable UUID id, @Body RecallRequest request) {
        return response(batches.recall(Caller.of(authentication), id, request.reason()));
    }

    private BatchResponse response(Batch batch) {
        return BatchResponse.of(batch, links.forBatch(batch.gtin(), batch.lot()));
    }
}
