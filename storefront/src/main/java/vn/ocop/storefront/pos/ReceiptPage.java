package vn.ocop.storefront.pos;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.ocop.orders.api.PosReceipt;

/**
 * A printable receipt.
 *
 * @param cashGiven what the customer handed over for a cash sale, or null when not told
 */
public record ReceiptPage(PosReceipt receipt, Long cashGiven) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public boolean cash() {
        return "CASH".equals(receipt.paymentMethod());
    }

    public long change() {
        return cashGiven == null ? 0 : Math.max(0, cashGiven - receipt.totalVnd());
    }

    public String soldAt() {
        return TIME.format(receipt.soldAt());
    }

    /** The short reference printed on the receipt and sent with a VietQR transfer. */
    public String reference() {
        return PosPagesController.reference(receipt.id().toString());
    }
}
