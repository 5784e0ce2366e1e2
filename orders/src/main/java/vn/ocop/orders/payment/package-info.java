/**
 * Payments: one provider-agnostic payment log and the adapters that feed it (COD, VietQR with bank
 * notification reconciliation, Stripe, cash). {@link vn.ocop.orders.payment.PayableOrders} is the
 * port through which payments read and change orders; the order side implements it.
 */
package vn.ocop.orders.payment;
