package vn.ocop.traceability.application;

import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;

/**
 * Which products a scan answers for. Every product the public catalogue shows, and also a published
 * listing whose certificate has lapsed or been revoked: packs of it are still in buyers' hands, and
 * the scan page must tell them the certificate no longer holds. Drafts, rejected and unpublished
 * listings stay hidden.
 */
public final class Scannable {

    private Scannable() {}

    public static boolean product(ProductView product) {
        return product.visible()
                || (product.status() == ListingStatus.PUBLISHED && product.certificate() != null);
    }
}
