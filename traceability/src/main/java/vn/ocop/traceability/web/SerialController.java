package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.application.DigitalLinks;
import vn.ocop.traceability.application.SerialService;
import vn.ocop.traceability.domain.Batch;

/** Unit serials of a producer's batch: issue N, list them, export them as CSV. */
@Controller("/api/v1/producer/batches/{id}/serials")
@Tag(name = "Batches")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class SerialController {

    @Serdeable
    record IssueRequest(@Nullable Integer count) {}

    @Serdeable
    record SerialItem(int ordinal, String serial, String digitalLink) {}

    @Serdeable
    record SerialsResponse(
            UUID batchId,
            String gtin,
            String lot,
            int total,
            int offset,
            List<SerialItem> serials) {}

    private final SerialService serials;
    private final DigitalLinks links;

    SerialController(SerialService serials, DigitalLinks links) {
        this.serials = serials;
        this.links = links;
    }

    @Post
    @Operation(
            summary =
                    "Issue 1 to 10,000 new unit serials for the batch (random, 10 characters"
                            + " without look-alikes); answers the new serials with their Digital"
                            + " Links")
    HttpResponse<SerialsResponse> issue(
            Authentication authentication, @PathVariable UUID id, @Body IssueRequest request) {
        if (request.count() == null) {
            throw TraceabilityError.REQUIRED.refuse("count");
        }
        SerialService.SerialPage issued =
                serials.issue(Caller.of(authentication), id, request.count());
        return HttpResponse.created(response(issued, issued.serials().size()));
    }

    @Get
    @Operation(summary = "The batch's serials in order of issue, a page at a time (up to 1,000)")
    SerialsResponse list(
            Authentication authentication,
            @PathVariable UUID id,
            @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        SerialService.SerialPage page = serials.page(Caller.of(authentication), id, offset, limit);
        return response(page, page.total());
    }

    @Get("/export")
    // JSON too: a client asking for JSON gets the 401/403/404 problem, not a 406
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every serial of the batch as CSV: ordinal, serial, Digital Link")
    HttpResponse<String> export(Authentication authentication, @PathVariable UUID id) {
        StringBuilder csv = new StringBuilder("ordinal,serial,digital_link\r\n");
        Batch batch =
                serials.each(
                        Caller.of(authentication),
                        id,
                        (b, s) ->
                                csv.append(s.ordinal())
                                        .append(',')
                                        .append(s.serial())
                                        .append(',')
                                        .append(
                                                csvField(
                                                        links.forUnit(
                                                                b.gtin(), b.lot(), s.serial())))
                                        .append("\r\n"));
        return HttpResponse.ok(csv.toString())
                .contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"serials-" + batch.gtin() + ".csv\"");
    }

    private SerialsResponse response(SerialService.SerialPage page, int total) {
        Batch b = page.batch();
        return new SerialsResponse(
                b.id(),
                b.gtin(),
                b.lot(),
                total,
                page.offset(),
                page.serials().stream()
                        .map(
                                s ->
                                        new SerialItem(
                                                s.ordinal(),
                                                s.serial(),
                                                links.forUnit(b.gtin(), b.lot(), s.serial())))
                        .toList());
    }

    /** A CSV field, quoted when it holds a comma or quote (a lot code may). */
    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
