/**
 * What other modules may see of orders: the error codes and the facades of the storefront pages —
 * {@link vn.ocop.orders.api.ShopApi} (cart, checkout, orders of a consumer, fulfilments of a
 * producer), {@link vn.ocop.orders.api.PosApi} (the sale-point counter), {@link
 * vn.ocop.orders.api.ProducerStockApi} (a producer's stock and transfers), {@link
 * vn.ocop.orders.api.ProducerDashboardApi} (a producer's dashboard counts) and {@link
 * vn.ocop.orders.api.OrderReportsApi} (the office's sales figures).
 */
package vn.ocop.orders.api;
