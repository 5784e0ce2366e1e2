/**
 * What other modules may see of orders: the error codes and {@link vn.ocop.orders.api.ShopApi}, the
 * storefront shop pages' facade.
 */
package vn.ocop.orders.api;
