package vn.ocop.catalog.producer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ProducerInput;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.Reason;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

@Controller("/api/v1")
@Tag(name = "Producers")
class ProducerController {

    private final ProducerService producers;

    ProducerController(ProducerService producers) {
        this.producers = producers;
    }

    @Get("/producers/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A producer's public page (verified producers only)")
    ProducerView show(@PathVariable UUID id) {
        return producers
                .find(id)
                .filter(p -> p.status() == ProducerStatus.VERIFIED)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.PRODUCER_NOT_FOUND, "No producer " + id));
    }

    @Get("/office/producers")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Producers by verification status (the office's queue)")
    List<ProducerView> byStatus(@QueryValue(defaultValue = "PENDING") ProducerStatus status) {
        return producers.withStatus(status);
    }

    @Post("/office/producers")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Register a producer (pending verification)")
    HttpResponse<ProducerView> register(@Body @Valid ProducerInput input) {
        return HttpResponse.created(producers.register(input));
    }

    @Put("/office/producers/{id}")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Correct a producer's record")
    ProducerView update(@PathVariable UUID id, @Body @Valid ProducerInput input) {
        return producers.update(id, input);
    }

    @Post("/office/producers/{id}/verify")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Verify a producer")
    ProducerView verify(@PathVariable UUID id) {
        return producers.verify(id);
    }

    @Post("/office/producers/{id}/suspend")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Suspend a producer (its listings leave the catalogue)")
    ProducerView suspend(@PathVariable UUID id, @Body @Valid Reason reason) {
        return producers.suspend(id, reason.reason());
    }

    @Get("/producer/me")
    @Secured(Role.Names.PRODUCER_MEMBER)
    @Operation(summary = "The producer the logged-in member belongs to")
    ProducerView mine(Authentication authentication) {
        return producers
                .find(Caller.of(authentication).producerId())
                .orElseThrow(
                        () -> new DomainException(CatalogError.PRODUCER_NOT_FOUND, "No producer"));
    }

    @Put("/producer/me")
    @Secured(Role.Names.PRODUCER_MEMBER)
    @Operation(summary = "Update the member's own producer record")
    ProducerView updateMine(Authentication authentication, @Body @Valid ProducerInput input) {
        return producers.update(Caller.of(authentication).producerId(), input);
    }
}
