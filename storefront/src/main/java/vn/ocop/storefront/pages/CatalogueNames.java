package vn.ocop.storefront.pages;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProvinceView;

/** Group and province names in the page's language, by code (reference data, read when asked). */
@Singleton
public class CatalogueNames {

    private final CatalogApi catalog;
    private final PlacesApi places;

    CatalogueNames(CatalogApi catalog, PlacesApi places) {
        this.catalog = catalog;
        this.places = places;
    }

    public Map<String, String> groups(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ProductGroupView group : catalog.productGroups()) {
            names.put(group.code(), group.name(locale));
        }
        return names;
    }

    public Map<String, String> provinces(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ProvinceView province : places.provinces()) {
            names.put(province.code(), province.name(locale));
        }
        return names;
    }
}
