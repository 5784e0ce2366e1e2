package vn.ocop.orders.api;

/** Why a scanned pack may not be sold at the counter. */
public enum PosRefusal {
    /** Not a GS1 Digital Link, element string or GTIN. */
    UNREADABLE_CODE,
    /** No variant carries this GTIN. */
    UNKNOWN_PRODUCT,
    /** The product's OCOP certificate has lapsed, was revoked, or there is none. */
    CERTIFICATE_NOT_VALID,
    /** The batch was recalled. */
    RECALLED,
    /** The batch is past its expiry or best-before date. */
    EXPIRED,
    /** No batch with this lot was registered. */
    UNKNOWN_BATCH
}
