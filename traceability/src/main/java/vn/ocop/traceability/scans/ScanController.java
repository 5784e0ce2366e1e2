package vn.ocop.traceability.scans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.api.TraceabilityError;

/** The office's list of flagged codes, and a producer's scan counts. */
@Controller("/api/v1")
@Tag(name = "Traceability")
class ScanController {

    private final ScanReports reports;

    ScanController(ScanReports reports) {
        this.reports = reports;
    }

    @Get("/office/traceability/scan-flags")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Codes flagged as possibly copied or unsafe, with reasons and counts")
    List<ScanReports.FlaggedCode> flagged(
            @Parameter(description = "TOO_MANY_SCANS, IMPOSSIBLE_TRAVEL, NEVER_SHIPPED or RECALLED")
                    @QueryValue
                    @Nullable
                    String reason,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer perPage) {
        FlagReason r;
        try {
            r = reason == null || reason.isBlank() ? null : FlagReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw TraceabilityError.INVALID_QUERY.refuse("reason");
        }
        return reports.flagged(r, page(page), size(perPage));
    }

    @Get("/producer/traceability/scans")
    @Secured(Role.Names.PRODUCER_MEMBER)
    @Operation(summary = "Scan counts of the caller's producer's batches and units")
    List<ScanReports.CodeScans> producerScans(
            Authentication authentication,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer perPage) {
        Caller caller = Caller.of(authentication);
        return reports.ofProducer(caller.producerId(), page(page), size(perPage));
    }

    private static int page(Integer page) {
        int p = page == null ? 1 : page;
        if (p < 1 || p > 100_000) {
            throw TraceabilityError.INVALID_QUERY.refuse("page");
        }
        return p;
    }

    private static int size(Integer perPage) {
        int s = perPage == null ? 50 : perPage;
        if (s < 1 || s > 200) {
            throw TraceabilityError.INVALID_QUERY.refuse("perPage");
        }
        return s;
    }
}
