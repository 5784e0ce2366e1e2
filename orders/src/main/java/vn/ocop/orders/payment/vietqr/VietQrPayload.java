package vn.ocop.orders.payment.vietqr;

import java.util.Optional;
import vn.ocop.kernel.Money;

/**
 * A verified NAPAS VietQR payload, field by field. Optional fields are {@code null} when absent;
 * the {@code Optional} accessors say so explicitly.
 *
 * @param payloadFormat tag 00, always {@code 01}
 * @param guid tag 38/00, the NAPAS GUID {@code A000000727}
 * @param bankBin tag 38/01/00
 * @param beneficiary tag 38/01/01, account or card number
 * @param currency tag 53, ISO 4217 numeric, {@code 704} (VND)
 * @param amount tag 54, or {@code null}
 * @param country tag 58, {@code VN}
 * @param billNumber tag 62/01, or {@code null}
 * @param purpose tag 62/08, or {@code null}
 * @param crc tag 63, four hex digits
 */
public record VietQrPayload(
        String payloadFormat,
        PointOfInitiation initiation,
        String guid,
        String bankBin,
        String beneficiary,
        ServiceCode service,
        String currency,
        Money amount,
        String country,
        String billNumber,
        String purpose,
        String crc) {

    public Optional<Money> optionalAmount() {
        return Optional.ofNullable(amount);
    }

    public Optional<String> optionalBillNumber() {
        return Optional.ofNullable(billNumber);
    }

    public Optional<String> optionalPurpose() {
        return Optional.ofNullable(purpose);
    }
}
