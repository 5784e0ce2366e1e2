/**
 * Orders: stock locations and levels, reservations, carts, online orders and fulfilments, payments
 * (COD, VietQR, Stripe) and sale-point (POS) sales. Owns the {@code orders} schema. Uses the
 * platform, {@code vn.ocop.catalog.api} and {@code vn.ocop.traceability.api}.
 */
package vn.ocop.orders;
