package vn.ocop.orders.payment;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.stripe.StripeGateway;

/**
 * Which payment methods can be chosen now: card only with a Stripe key, VietQR only with a bank
 * account configured. Checkout calls {@link #requireAvailable} before it creates an order.
 */
@Singleton
public class PaymentOptions {

    private final StripeGateway stripe;
    private final VietQrPayments vietQr;

    PaymentOptions(StripeGateway stripe, VietQrPayments vietQr) {
        this.stripe = stripe;
        this.vietQr = vietQr;
    }

    /** Methods an online buyer may choose (cash at the counter is the sale point's). */
    public Set<PaymentMethod> online() {
        Set<PaymentMethod> methods = EnumSet.of(PaymentMethod.COD);
        if (vietQr.configured()) {
            methods.add(PaymentMethod.VIETQR);
        }
        if (stripe.configured()) {
            methods.add(PaymentMethod.CARD);
        }
        return methods;
    }

    /**
     * Refuses a method that is not configured, with a 503 problem naming it.
     *
     * @throws DomainException {@link PaymentError#CARD_NOT_CONFIGURED} or {@link
     *     PaymentError#BANK_NOT_CONFIGURED}
     */
    public void requireAvailable(PaymentMethod method) {
        if (method == PaymentMethod.CARD && !stripe.configured()) {
            throw DomainException.invalidField(
                    PaymentError.CARD_NOT_CONFIGURED,
                    "paymentMethod",
                    "Card payments are not configured");
        }
        if (method == PaymentMethod.VIETQR && !vietQr.configured()) {
            throw DomainException.invalidField(
                    PaymentError.BANK_NOT_CONFIGURED,
                    "paymentMethod",
                    "Bank transfer payments are not configured");
        }
    }
}
