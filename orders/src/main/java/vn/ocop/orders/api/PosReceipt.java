package vn.ocop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded counter sale, as its receipt prints it.
 *
 * @param number the sale's readable number ({@code OCOP-2026-000123}), the same sequence and format
 *     as orders; a VietQR transfer for the sale carries it
 * @param paymentState where the sale's money stands
 * @param vietQrPayload the dynamic VietQR (EMVCo) payload for the customer to scan: the sale total
 *     with the sale number as bill number and purpose; null unless the sale awaits its transfer (or
 *     no bank account is configured)
 */
public record PosReceipt(
        UUID id,
        String number,
        UUID salePointId,
        String salePointName,
        String salePointAddress,
        String paymentMethod,
        long totalVnd,
        Instant soldAt,
        List<Line> lines,
        PosPaymentState paymentState,
        String vietQrPayload) {

    /** One line of the receipt. */
    public record Line(
            String name, String sku, String lot, String serial, long unitPriceVnd, long quantity) {
        public long amountVnd() {
            return unitPriceVnd * quantity;
        }
    }

    public boolean paid() {
        return paymentState == PosPaymentState.PAID;
    }
}
