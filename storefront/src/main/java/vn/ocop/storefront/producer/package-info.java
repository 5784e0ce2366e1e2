/**
 * The producer member's pages: the dashboard ({@code /nha-san-xuat}: orders to fulfil, low stock,
 * certificates ending within 90 days) and the listings ({@code /nha-san-xuat/san-pham}: create,
 * edit with variants, photos, submit for review). A member sees only its own producer; another
 * producer's listing is 403. Data and rules come from the catalogue's {@code ListingsApi} and the
 * orders module's {@code ProducerDashboardApi}, the same services as the REST API.
 */
package vn.ocop.storefront.producer;
