package vn.ocop.catalog.place;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceView;

@Controller("/api/v1/provinces")
@Tag(name = "Catalogue")
class ProvincesController {

    private final PlacesApi places;

    ProvincesController(PlacesApi places) {
        this.places = places;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary =
                    "The 34 provinces and centrally-run cities since 1 July 2025 with their"
                            + " pre-2025 names and spellings; cities first, then provinces,"
                            + " each alphabetically")
    List<ProvinceView> provinces() {
        return places.provinces();
    }
}
