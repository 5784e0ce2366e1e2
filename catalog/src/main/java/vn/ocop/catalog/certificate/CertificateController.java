package vn.ocop.catalog.certificate;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.Reason;
import vn.ocop.platform.identity.api.Role;

/** The office records evaluation results and revokes certificates. */
@Controller("/api/v1/office")
@Tag(name = "Certificates")
@Secured(Role.Names.OFFICE_ADMIN)
class CertificateController {

    @Serdeable
    record Stars(BigDecimal score, int stars) {}

    private final CertificateService service;
    private final Certificates certificates;

    CertificateController(CertificateService service, Certificates certificates) {
        this.service = service;
        this.certificates = certificates;
    }

    @Post("/products/{id}/certificates")
    @Operation(summary = "Record an evaluation round's certificate (supersedes the valid one)")
    HttpResponse<CertificateView> record(
            @PathVariable UUID id, @Body @Valid CertificateInput input) {
        return HttpResponse.created(service.record(id, input));
    }

    @Get("/products/{id}/certificates")
    @Operation(summary = "A product's certificate history, newest first")
    List<CertificateView> history(@PathVariable UUID id) {
        return certificates.history(id);
    }

    @Post("/certificates/{id}/revoke")
    @Operation(summary = "Revoke a valid certificate (the listing leaves the catalogue)")
    CertificateView revoke(@PathVariable UUID id, @Body @Valid Reason reason) {
        return service.revoke(id, reason.reason());
    }

    @Get("/certificates/stars")
    @Operation(summary = "Stars for a score by the configured bands (for the entry form)")
    Stars stars(@QueryValue BigDecimal score) {
        return new Stars(score, service.starsFor(score));
    }
}
