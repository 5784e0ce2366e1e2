package vn.ocop.storefront.pos;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.ocop.orders.api.PosPaymentState;
import vn.ocop.orders.api.PosReceipt;

/**
 * A printable receipt.
 *
 * @param cashGiven what the customer handed over for a cash sale, or null when not told
 * @param polled true when only the payment state is rendered, for the receipt's poll
 */
public record ReceiptPage(PosReceipt receipt, Long cashGiven, boolean polled) {

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

    /** The sale's number, printed on the receipt and carried by a VietQR transfer. */
    public String reference() {
        return receipt.number();
    }

    /** Still waiting for money (the page polls): the transfer, or the office's review. */
    public boolean awaiting() {
        return receipt.paymentState() == PosPaymentState.AWAITING_TRANSFER
                || receipt.paymentState() == PosPaymentState.NEEDS_REVIEW;
    }

    public String base() {
        return "/diem-ban/" + receipt.salePointId() + "/hoa-don/" + receipt.id();
    }
}
