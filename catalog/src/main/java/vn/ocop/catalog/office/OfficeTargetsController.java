package vn.ocop.catalog.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.catalog.api.CertifiedCount;
import vn.ocop.catalog.api.OfficeCatalogApi;
import vn.ocop.catalog.api.ProvinceTarget;
import vn.ocop.platform.identity.api.Role;

/**
 * The office's targets of certified products per province, group and year, and the certified
 * products counted the same way to set against them.
 */
@Controller("/api/v1/office")
@Secured(Role.Names.OFFICE_ADMIN)
@Tag(name = "Office")
class OfficeTargetsController {

    /** A target as the office writes it; the path names province, group and year. */
    @Serdeable
    record TargetBody(@Nullable Integer target) {}

    private final OfficeCatalogApi office;

    OfficeTargetsController(OfficeCatalogApi office) {
        this.office = office;
    }

    @Get("/targets")
    @Operation(summary = "The provinces' targets of certified products for a year (office only)")
    List<ProvinceTarget> targets(@QueryValue int year) {
        return office.targets(year);
    }

    @Put("/targets/{year}/{provinceCode}/{groupCode}")
    @Operation(summary = "Set a province's target for a product group and year (office only)")
    ProvinceTarget save(
            @PathVariable int year,
            @PathVariable String provinceCode,
            @PathVariable String groupCode,
            @Body TargetBody body) {
        int target = body.target() == null ? -1 : body.target();
        return office.saveTarget(new ProvinceTarget(provinceCode, groupCode, year, target));
    }

    @Delete("/targets/{year}/{provinceCode}/{groupCode}")
    @Operation(summary = "Remove a province's target (office only)")
    HttpResponse<Void> delete(
            @PathVariable int year,
            @PathVariable String provinceCode,
            @PathVariable String groupCode) {
        office.deleteTarget(provinceCode, groupCode, year);
        return HttpResponse.noContent();
    }

    @Get("/reports/certified-products")
    @Operation(
            summary =
                    "Products certified today counted by province (of the first origin), group and"
                            + " stars (office only)")
    List<CertifiedCount> certified() {
        return office.certifiedProducts();
    }
}
