/** What other modules may see of orders: today only the error codes. */
package vn.ocop.orders.api;
