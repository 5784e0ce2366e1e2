package vn.ocop.orders.payment;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.Money;
import vn.ocop.orders.payment.vietqr.VietQr;
import vn.ocop.orders.payment.vietqr.VietQrRequest;

/**
 * The dynamic VietQR code a buyer scans to pay an order: NAPAS transfer to the configured account
 * ({@code OCOP_VIETQR_BANK_BIN}, {@code _ACCOUNT}, {@code _ACCOUNT_NAME}) of exactly the order
 * total, with the order number as bill number and purpose, so the bank notification carries it
 * back.
 */
@Singleton
public class VietQrPayments {

    /** Where the buyer's page stands; it polls until {@code PAID}. */
    public enum State {
        AWAITING_PAYMENT,
        PAID,
        /** Neither awaiting payment nor paid: cancelled, or the payment window lapsed. */
        CLOSED
    }

    /**
     * What the payment page shows.
     *
     * @param payload the EMVCo string to render as a QR symbol
     * @param reservedUntil until when the order waits for the money, or null
     */
    @Serdeable
    public record VietQrView(
            String orderNumber,
            String payload,
            long amountVnd,
            String bankBin,
            String accountNumber,
            String accountName,
            String transferContent,
            State status,
            Instant reservedUntil) {}

    private final String bankBin;
    private final String account;
    private final String accountName;

    VietQrPayments(
            @Value("${ocop.vietqr.bank-bin:}") String bankBin,
            @Value("${ocop.vietqr.account:}") String account,
            @Value("${ocop.vietqr.account-name:}") String accountName) {
        this.bankBin = bankBin == null ? "" : bankBin.strip();
        this.account = account == null ? "" : account.strip();
        this.accountName = accountName == null ? "" : accountName.strip();
    }

    public boolean configured() {
        return !bankBin.isEmpty() && !account.isEmpty();
    }

    public VietQrView view(PayableOrder order) {
        if (order.method() != PaymentMethod.VIETQR) {
            throw new DomainException(
                    PaymentError.WRONG_METHOD,
                    "Order " + order.number() + " is not paid by bank transfer (VietQR)");
        }
        if (!configured()) {
            throw new DomainException(
                    PaymentError.BANK_NOT_CONFIGURED,
                    "Set OCOP_VIETQR_BANK_BIN and OCOP_VIETQR_ACCOUNT for bank transfers");
        }
        State state =
                order.settled()
                        ? State.PAID
                        : order.awaitingPayment() ? State.AWAITING_PAYMENT : State.CLOSED;
        String payload =
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                bankBin,
                                account,
                                Money.vnd(order.totalVnd()),
                                order.number(),
                                order.number()));
        return new VietQrView(
                order.number(),
                payload,
                order.totalVnd(),
                bankBin,
                account,
                accountName,
                order.number(),
                state,
                state == State.AWAITING_PAYMENT ? order.reservedUntil() : null);
    }

    /**
     * The code a customer scans to pay a counter sale of this amount, with the sale's reference as
     * bill number and purpose; empty when no bank account is configured or the amount is not
     * positive.
     */
    public java.util.Optional<String> counterPayload(long amountVnd, String reference) {
        if (!configured() || amountVnd <= 0) return java.util.Optional.empty();
        return java.util.Optional.of(
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                bankBin, account, Money.vnd(amountVnd), reference, reference)));
    }
}
