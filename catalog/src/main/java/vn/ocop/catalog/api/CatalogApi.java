package vn.ocop.catalog.api;

import java.util.List;

/** What other modules and the storefront may ask of the catalogue. */
public interface CatalogApi {

    /** The six OCOP product groups in their official order. */
    List<ProductGroupView> productGroups();
}
