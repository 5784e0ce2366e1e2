/**
 * QR symbols of batches and units: the batch's (or a serial's) GS1 Digital Link rendered by the
 * platform's {@code vn.ocop.platform.qr.api.QrCodes}, with the rendering options a client may
 * choose checked here ({@link vn.ocop.traceability.qr.QrOptions}).
 */
package vn.ocop.traceability.qr;
