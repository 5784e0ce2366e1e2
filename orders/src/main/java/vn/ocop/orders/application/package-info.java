/**
 * Use cases of orders, each one transaction: checkout, order workflow, payments port ({@code
 * OrderPayments} implements {@link vn.ocop.orders.payment.PayableOrders}), reservation expiry,
 * carts, stock and transfers, sale points, delivery fees.
 */
package vn.ocop.orders.application;
