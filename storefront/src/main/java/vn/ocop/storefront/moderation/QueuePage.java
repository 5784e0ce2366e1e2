package vn.ocop.storefront.moderation;

import java.util.List;
import vn.ocop.catalog.api.ProductView;

/** The listings awaiting review, oldest first, and a notice key after an action. */
public record QueuePage(List<ProductView> listings, String notice) {}
