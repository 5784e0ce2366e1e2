package vn.ocop.platform.qr.api;

import java.util.Locale;
import java.util.Optional;

/**
 * QR error-correction level: how much of the symbol may be damaged and still read (about 7, 15, 25,
 * 30 %). M is the default: labels get scuffed, and M keeps symbols small.
 */
public enum ErrorCorrection {
    L,
    M,
    Q,
    H;

    public static final ErrorCorrection DEFAULT = M;

    /** The level named by one letter, any case; empty for anything else. */
    public static Optional<ErrorCorrection> parse(String letter) {
        if (letter == null || letter.length() != 1) {
            return Optional.empty();
        }
        return switch (letter.toUpperCase(Locale.ROOT)) {
            case "L" -> Optional.of(L);
            case "M" -> Optional.of(M);
            case "Q" -> Optional.of(Q);
            case "H" -> Optional.of(H);
            default -> Optional.empty();
        };
    }
}
