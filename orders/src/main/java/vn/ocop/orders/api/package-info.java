/** What other modules may see of orders: the error codes and the producer stock facade. */
package vn.ocop.orders.api;
