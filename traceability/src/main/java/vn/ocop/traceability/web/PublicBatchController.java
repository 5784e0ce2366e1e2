package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.application.BatchReads;

/**
 * What a scan shows: public for batches of products the catalogue shows (the scan page needs no
 * login); batches of hidden products answer 404 except to their producer and the office.
 */
@Controller("/api/v1/traceability/batches")
@Tag(name = "Traceability")
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicBatchController {

    private final BatchReads reads;
    private final HttpLocaleResolver locales;

    PublicBatchController(BatchReads reads, HttpLocaleResolver locales) {
        this.reads = reads;
        this.locales = locales;
    }

    @Get("/{gtin}/{lot}")
    @Operation(
            summary =
                    "A batch's scan page data: product and image, producers and addresses, origin,"
                            + " dates, live OCOP certificate, lab tests, timeline, recall banner;"
                            + " texts in the Accept-Language (vi default, en)")
    PublicBatch show(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            @PathVariable String gtin,
            @PathVariable String lot,
            @Parameter(description = "the unit's serial (AI 21) when the code carried one")
                    @QueryValue
                    @Nullable
                    String serial) {
        if (serial != null && (serial.isBlank() || serial.length() > 20)) {
            throw TraceabilityError.INVALID_QUERY.refuse("serial");
        }
        return reads.publicBatch(
                caller(authentication), gtin, lot, serial, locales.resolveOrDefault(request));
    }

    @Get("/{gtin}/{lot}/epcis")
    @Produces({EpcisMedia.LD_JSON, EpcisMedia.JSON})
    @Operation(
            summary =
                    "A batch's history as an EPCIS 2.0 JSON-LD document (EPCISDocument, valid"
                            + " against the EPCIS 2.0.1 JSON schema)")
    HttpResponse<String> epcis(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            @PathVariable String gtin,
            @PathVariable String lot) {
        return EpcisMedia.respond(request, reads.epcis(caller(authentication), gtin, lot));
    }

    private static Caller caller(Authentication authentication) {
        return authentication == null ? null : Caller.of(authentication);
    }
}
