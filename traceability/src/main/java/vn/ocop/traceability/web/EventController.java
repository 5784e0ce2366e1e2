package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.application.EventQueries;
import vn.ocop.traceability.epcis.EpcisJson;

/**
 * Event queries. The office searches every event, a producer member the events about its own
 * products. Pages follow the {@code Link: <…>; rel="next"} header.
 */
@Controller("/api/v1/traceability/events")
@Tag(name = "Traceability")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class EventController {

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 200;

    private final EventQueries queries;

    EventController(EventQueries queries) {
        this.queries = queries;
    }

    @Get
    @Produces({EpcisMedia.LD_JSON, EpcisMedia.JSON})
    @Operation(summary = "Events as an EPCISQueryDocument, oldest first, one page at a time")
    HttpResponse<String> query(
            HttpRequest<?> request,
            Authentication authentication,
            @Parameter(description = "CBV business step, e.g. commissioning or its URI")
                    @QueryValue
                    @Nullable
                    String bizStep,
            @Parameter(description = "an EPC or EPC class the event names, exactly")
                    @QueryValue
                    @Nullable
                    String epc,
            @Parameter(description = "event time from (inclusive): a date or an RFC 3339 time")
                    @QueryValue
                    @Nullable
                    String from,
            @Parameter(description = "event time to (exclusive; a date includes that day)")
                    @QueryValue
                    @Nullable
                    String to,
            @Parameter(description = "1-based, default 1") @QueryValue @Nullable Integer page,
            @Parameter(description = "1 to 200, default 50") @QueryValue @Nullable
                    Integer perPage) {
        int p = page == null ? 1 : page;
        int size = perPage == null ? DEFAULT_SIZE : perPage;
        if (p < 1 || p > 100_000) {
            throw TraceabilityError.INVALID_QUERY.refuse("page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw TraceabilityError.INVALID_QUERY.refuse("perPage");
        }
        var result =
                queries.query(
                        Caller.of(authentication),
                        bizStep,
                        epc,
                        time(from, "from", false),
                        time(to, "to", true),
                        p,
                        size);
        var response = EpcisMedia.respond(request, result.document());
        if (result.hasMore()) {
            String next =
                    UriBuilder.of(request.getUri())
                            .replaceQueryParam("page", p + 1)
                            .build()
                            .toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    /** A date means its first moment in Vietnam, or for an exclusive end the next day's. */
    private static OffsetDateTime time(String text, String field, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(EpcisJson.VIETNAM)
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw TraceabilityError.INVALID_QUERY.refuse(field);
        }
    }
}
