package vn.ocop.platform.qr.api;

import java.util.Objects;

/**
 * How a symbol is rendered.
 *
 * @param errorCorrection the error-correction level
 * @param moduleSize side of one module in pixels (PNG) or user units (SVG), 1 to {@value
 *     #MAX_MODULE_SIZE}
 * @param quietZone light border in modules, at least {@value #MIN_QUIET_ZONE}
 */
public record QrStyle(ErrorCorrection errorCorrection, int moduleSize, int quietZone) {

    public static final int MIN_QUIET_ZONE = 4;
    public static final int MAX_QUIET_ZONE = 16;
    public static final int MAX_MODULE_SIZE = 40;
    public static final int DEFAULT_MODULE_SIZE = 8;

    public QrStyle {
        Objects.requireNonNull(errorCorrection, "errorCorrection");
        if (moduleSize < 1 || moduleSize > MAX_MODULE_SIZE) {
            throw new IllegalArgumentException(
                    "moduleSize must be 1.." + MAX_MODULE_SIZE + ", was " + moduleSize);
        }
        if (quietZone < MIN_QUIET_ZONE || quietZone > MAX_QUIET_ZONE) {
            throw new IllegalArgumentException(
                    "quietZone must be " + MIN_QUIET_ZONE + ".." + MAX_QUIET_ZONE);
        }
    }

    /** Level M, {@value #DEFAULT_MODULE_SIZE} pixels a module, the minimum quiet zone. */
    public static QrStyle standard() {
        return new QrStyle(ErrorCorrection.DEFAULT, DEFAULT_MODULE_SIZE, MIN_QUIET_ZONE);
    }

    public QrStyle withErrorCorrection(ErrorCorrection level) {
        return new QrStyle(level, moduleSize, quietZone);
    }

    public QrStyle withModuleSize(int pixels) {
        return new QrStyle(errorCorrection, pixels, quietZone);
    }
}
