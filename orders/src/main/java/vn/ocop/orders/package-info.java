/**
 * Orders: stock locations and levels, reservations, carts, online orders and fulfilments, payments
 * (COD, VietQR, Stripe) and sale-point (POS) sales. Owns the {@code orders} schema. Uses the
 * platform, {@code vn.ocop.catalog.api} (variants, prices, certificates, provinces) and {@code
 * vn.ocop.traceability.api} (whether a batch may be sold).
 *
 * <p>How stock stays right: every change of {@code orders.stock_levels} goes through {@code
 * persistence.StockLedger} as one conditional UPDATE ({@code on_hand - reserved >= wanted}; CHECK
 * constraints keep {@code 0 <= reserved <= on_hand}), rows of one transaction are touched in
 * (location, SKU) order so concurrent checkouts cannot deadlock, and each change writes a {@code
 * stock_movements} row (who, when, reason, reference). Online orders reserve at checkout; shipping
 * consumes the reservation; cancel, expiry, abandoned payment and refund release it, and a return
 * restocks, all through {@code application.OrderStore} applying the aggregate's stock effects.
 *
 * <p>Exactly-once requests: an order's {@code Idempotency-Key} (scoped to the caller: account, else
 * guest cart, else recipient phone) and a POS sale's client id are claimed under a primary key in
 * the same transaction as the stock change; a concurrent retry waits on the index and then reads
 * the first result, and a different body with the same key is a 409.
 */
package vn.ocop.orders;
