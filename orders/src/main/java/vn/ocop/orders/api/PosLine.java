package vn.ocop.orders.api;

import java.util.UUID;

/**
 * What one scanned code would sell.
 *
 * @param code what was scanned, as sent
 * @param refusal why it may not be sold, or null when it may
 * @param detail the recall reason, the certificate's last day or similar, or null
 */
public record PosLine(
        String code,
        UUID productId,
        String sku,
        String gtin,
        String lot,
        String serial,
        String nameVi,
        String nameEn,
        long unitPriceVnd,
        PosRefusal refusal,
        String detail) {

    public boolean sellable() {
        return refusal == null;
    }
}
