package vn.ocop.traceability.domain;

import java.time.LocalDate;

/**
 * A certificate of a raw material's supplier, such as VietGAP or organic, valid from one day
 * through another (both included).
 */
public record SupplierCertificate(
        String scheme, String number, String issuer, LocalDate validFrom, LocalDate validUntil) {
    public SupplierCertificate {
        scheme = Texts.clean(scheme);
        number = Texts.clean(number);
        issuer = Texts.clean(issuer);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
