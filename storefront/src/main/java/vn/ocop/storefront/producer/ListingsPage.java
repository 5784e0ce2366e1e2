package vn.ocop.storefront.producer;

import java.util.List;
import vn.ocop.catalog.api.ProductView;

/** The producer's listings in every state. */
public record ListingsPage(List<ProductView> listings) {}
