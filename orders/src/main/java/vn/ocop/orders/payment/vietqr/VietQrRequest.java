package vn.ocop.orders.payment.vietqr;

import java.util.Objects;
import vn.ocop.kernel.Money;

/**
 * What a VietQR code should ask for. Without an amount the code is static (reusable); with one it
 * is dynamic (one payment). {@link VietQr#generate} checks the values.
 *
 * @param bankBin the beneficiary bank's six-digit NAPAS BIN, e.g. {@code 970403}
 * @param beneficiary the account number (or card number for {@link ServiceCode#CARD})
 * @param amount the amount in VND, or {@code null} for a static code
 * @param billNumber the order reference (tag 62/01), or {@code null}; written unchanged
 * @param purpose the transfer description (tag 62/08), or {@code null}; may be Vietnamese, it is
 *     written as ASCII (see {@link VietQr#asciiPurpose})
 */
public record VietQrRequest(
        String bankBin,
        String beneficiary,
        ServiceCode service,
        Money amount,
        String billNumber,
        String purpose) {

    public VietQrRequest {
        Objects.requireNonNull(bankBin, "bankBin");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(service, "service");
    }

    /** A reusable code for transfers of any amount to an account. */
    public static VietQrRequest staticForAccount(String bankBin, String accountNumber) {
        return new VietQrRequest(bankBin, accountNumber, ServiceCode.ACCOUNT, null, null, null);
    }

    /** A one-payment code for an order: amount, order reference and description. */
    public static VietQrRequest dynamicForAccount(
            String bankBin, String accountNumber, Money amount, String billNumber, String purpose) {
        Objects.requireNonNull(amount, "amount");
        return new VietQrRequest(
                bankBin, accountNumber, ServiceCode.ACCOUNT, amount, billNumber, purpose);
    }

    public PointOfInitiation initiation() {
        return amount == null ? PointOfInitiation.STATIC : PointOfInitiation.DYNAMIC;
    }
}
