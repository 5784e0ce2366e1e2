package vn.ocop.catalog.api;

/** The office's verification of a producer; a suspended producer's listings leave the catalogue. */
public enum ProducerStatus {
    PENDING,
    VERIFIED,
    SUSPENDED
}
