package vn.ocop.kernel;

import java.util.Objects;

/**
 * A production batch (lô sản phẩm) as other modules see it: the GTIN-14 of the trade item and the
 * lot code, unique together. Syntax rules (GS1 character set 82) are enforced by traceability.
 */
public record BatchCode(String gtin, String lot) {
    public BatchCode {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lot, "lot");
        if (gtin.length() != 14 || !gtin.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("GTIN must be 14 digits: " + gtin);
        }
        if (lot.isEmpty() || lot.length() > 20) {
            throw new IllegalArgumentException("Lot must be 1 to 20 characters: " + lot);
        }
    }

    @Override
    public String toString() {
        return gtin + "/" + lot;
    }
}
