/**
 * VietQR: EMVCo merchant-presented QR payloads for NAPAS 247 bank transfers, written for an order's
 * payment (dynamic, with amount and order reference) and read back with every length and the CRC
 * verified. Pure Java; {@link vn.ocop.orders.payment.vietqr.VietQr} is the entry point, refusals
 * are {@link vn.ocop.orders.payment.vietqr.VietQrException}s with a reason. Rendering the symbol
 * (ZXing) and reconciliation of bank notifications live elsewhere in the payment package.
 */
package vn.ocop.orders.payment.vietqr;
