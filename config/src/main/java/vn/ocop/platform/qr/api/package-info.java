/**
 * Encode a text as a QR symbol and render it: {@link vn.ocop.platform.qr.api.QrCodes#svg}, {@link
 * vn.ocop.platform.qr.api.QrCodes#png}, or the bare {@link vn.ocop.platform.qr.api.QrMatrix} for a
 * caller that draws modules itself (PDF labels). Every rendering keeps a light quiet zone of at
 * least four modules around the symbol, as ISO/IEC 18004 asks.
 */
package vn.ocop.platform.qr.api;
