package vn.ocop.traceability.qr;

import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrStyle;
import vn.ocop.traceability.api.TraceabilityError;

/** Rendering options from query parameters, refused as traceability problems when wrong. */
public final class QrOptions {

    private QrOptions() {}

    /**
     * @param ecLevel L, M, Q or H; M when null or blank
     * @param size module size in pixels, 1 to 40; 8 when null or blank
     */
    public static QrStyle style(String ecLevel, String size) {
        ErrorCorrection level =
                ecLevel == null || ecLevel.isBlank()
                        ? ErrorCorrection.DEFAULT
                        : ErrorCorrection.parse(ecLevel.strip())
                                .orElseThrow(
                                        () -> TraceabilityError.INVALID_EC_LEVEL.refuse("ecLevel"));
        int pixels = QrStyle.DEFAULT_MODULE_SIZE;
        if (size != null && !size.isBlank()) {
            try {
                pixels = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw TraceabilityError.INVALID_QR_SIZE.refuse("size");
            }
            if (pixels < 1 || pixels > QrStyle.MAX_MODULE_SIZE) {
                throw TraceabilityError.INVALID_QR_SIZE.refuse("size");
            }
        }
        return new QrStyle(level, pixels, QrStyle.MIN_QUIET_ZONE);
    }
}
