package vn.ocop.catalog.api;

import java.util.List;
import vn.ocop.platform.identity.api.Caller;

/** A producer member's own listings, in every state (drafts included), for its own pages. */
public interface OwnProductsApi {

    /** The member's producer's products with their variants; none for other callers. */
    List<ProductView> ownProducts(Caller caller);
}
