/**
 * What other modules and the storefront may see of orders: the error codes and the office's sales
 * figures ({@link vn.ocop.orders.api.OrderReportsApi}).
 */
package vn.ocop.orders.api;
