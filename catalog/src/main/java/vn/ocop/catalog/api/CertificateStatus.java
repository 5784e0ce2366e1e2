package vn.ocop.catalog.api;

/**
 * A certificate's life: valid until its date, then expired; revoked by the office; superseded by
 * the next round.
 */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED
}
