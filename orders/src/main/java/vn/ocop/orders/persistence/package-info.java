/**
 * JDBC access to the {@code orders} schema. {@link vn.ocop.orders.persistence.StockLedger} is the
 * only writer of stock levels and logs every movement.
 */
package vn.ocop.orders.persistence;
