/**
 * QR symbols for every module: GS1 Digital Link labels in traceability, VietQR payment payloads in
 * orders. Only {@link vn.ocop.platform.qr.api} is public; it hides ZXing, which does the encoding
 * (and the PNG writing). Rendering is pure computation, with no state and no I/O besides the
 * returned bytes.
 */
package vn.ocop.platform.qr;
