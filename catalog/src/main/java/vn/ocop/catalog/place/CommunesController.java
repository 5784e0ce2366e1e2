package vn.ocop.catalog.place;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.CommuneError;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.catalog.api.CommunesApi;
import vn.ocop.catalog.api.PlacesApi;

/**
 * Communes for address pickers: public, and cacheable for a day since they change only with a
 * release.
 */
@Controller("/api/v1")
@Tag(name = "Catalogue")
class CommunesController {

    private static final String CACHE = "public, max-age=86400";

    private final PlacesApi places;
    private final CommunesApi communes;

    CommunesController(PlacesApi places, CommunesApi communes) {
        this.places = places;
        this.communes = communes;
    }

    @Get("/provinces/{code}/communes")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary =
                    "The communes, wards and special zones of a province since 1 July 2025, by"
                            + " name without the kind; 404 for an unknown province code")
    HttpResponse<List<CommuneView>> ofProvince(@PathVariable String code) {
        String province =
                places.province(code)
                        .orElseThrow(
                                () ->
                                        CommuneError.PROVINCE_NOT_FOUND.exception(
                                                "No province " + code, Map.of("code", code)))
                        .code();
        return HttpResponse.ok(communes.communes(province))
                .header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    @Get("/communes/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One commune, ward or special zone by its five-digit national code")
    HttpResponse<CommuneView> one(@PathVariable String code) {
        CommuneView commune =
                communes.commune(code)
                        .orElseThrow(
                                () ->
                                        CommuneError.COMMUNE_NOT_FOUND.exception(
                                                "No commune " + code, Map.of("code", code)));
        return HttpResponse.ok(commune).header(HttpHeaders.CACHE_CONTROL, CACHE);
    }
}
