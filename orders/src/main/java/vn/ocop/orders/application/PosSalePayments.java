package vn.ocop.orders.application;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.orders.api.PosPaymentState;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.PaymentLog;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.VietQrPayments;
import vn.ocop.orders.persistence.JdbcPosSales;

/**
 * Counter sales as the payment log sees them. A sale's number comes from the orders' sequence, so
 * {@link OrderPayments} asks here for a number no order has, and a cash sale, a VietQR transfer
 * notification and the office's confirmation settle a sale through the same {@link
 * vn.ocop.orders.payment.Payments} rules as an online order. The goods left the counter when the
 * sale was recorded: an unpaid VietQR sale is never cancelled, it waits (or the office decides).
 * Every method runs in the caller's transaction.
 */
@Singleton
class PosSalePayments {

    private static final Logger LOG = LoggerFactory.getLogger(PosSalePayments.class);

    static final String AWAITING = "AWAITING_PAYMENT";
    static final String PAID = "PAID";
    static final String REFUNDED = "REFUNDED";

    private final JdbcPosSales sales;
    private final PaymentLog log;
    private final VietQrPayments vietQr;

    PosSalePayments(JdbcPosSales sales, PaymentLog log, VietQrPayments vietQr) {
        this.sales = sales;
        this.log = log;
        this.vietQr = vietQr;
    }

    Optional<PayableOrder> find(String number) {
        return sales.byNumber(number).map(PosSalePayments::payable);
    }

    /** Marks the sale paid by this payment; false when no sale has the number. */
    boolean settle(String number, String paymentId) {
        Optional<JdbcPosSales.Sale> sale = sales.lockByNumber(number);
        if (sale.isEmpty()) return false;
        if (AWAITING.equals(sale.get().paymentStatus())) {
            sales.payment(sale.get().id(), PAID, paymentId);
        } else {
            LOG.warn("Payment {} for counter sale {} changes nothing", paymentId, number);
        }
        return true;
    }

    /** The goods are gone: an abandoned payment leaves the sale waiting for the office. */
    boolean abandon(String number, String reason) {
        if (sales.byNumber(number).isEmpty()) return false;
        LOG.warn(
                "Payment for counter sale {} abandoned ({}): the sale stays unpaid",
                number,
                reason);
        return true;
    }

    boolean refunded(String number, String paymentId) {
        Optional<JdbcPosSales.Sale> sale = sales.lockByNumber(number);
        if (sale.isEmpty()) return false;
        if (PAID.equals(sale.get().paymentStatus())) {
            sales.payment(sale.get().id(), REFUNDED, null);
        } else {
            LOG.warn("Refund {} for unpaid counter sale {} changes nothing", paymentId, number);
        }
        return true;
    }

    /** Where the sale's money stands, flagged transfers included. */
    PosPaymentState state(JdbcPosSales.Sale s) {
        return switch (s.paymentStatus()) {
            case PAID -> PosPaymentState.PAID;
            case REFUNDED -> PosPaymentState.REFUNDED;
            default ->
                    log.awaitsReview(s.number())
                            ? PosPaymentState.NEEDS_REVIEW
                            : PosPaymentState.AWAITING_TRANSFER;
        };
    }

    /**
     * The code the customer scans while the sale awaits its transfer: the total, with the sale
     * number as bill number and purpose; null once paid or when no bank account is configured.
     */
    String payload(JdbcPosSales.Sale s, PosPaymentState state) {
        if (!PaymentMethod.VIETQR.name().equals(s.paymentMethod())) return null;
        if (state == PosPaymentState.PAID || state == PosPaymentState.REFUNDED) return null;
        return vietQr.counterPayload(s.totalVnd(), s.number()).orElse(null);
    }

    private static PayableOrder payable(JdbcPosSales.Sale s) {
        return new PayableOrder(
                s.number(),
                s.totalVnd(),
                PaymentMethod.valueOf(s.paymentMethod()),
                AWAITING.equals(s.paymentStatus()),
                !AWAITING.equals(s.paymentStatus()),
                null,
                null,
                null,
                null);
    }
}
