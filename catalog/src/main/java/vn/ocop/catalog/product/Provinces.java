package vn.ocop.catalog.product;

import jakarta.inject.Singleton;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.kernel.DomainException;

/** Turns whatever a user typed for a province (code, name, pre-2025 name) into its code. */
@Singleton
public class Provinces {

    private final PlacesApi places;

    Provinces(PlacesApi places) {
        this.places = places;
    }

    public String requireCode(String input, String field) {
        return places.resolve(input == null ? "" : input)
                .map(p -> p.code())
                .orElseThrow(
                        () ->
                                DomainException.invalidField(
                                        CatalogError.UNKNOWN_PROVINCE,
                                        field,
                                        "Unknown province: " + input));
    }
}
