package vn.ocop.traceability.scans;

/** Who scanned, in kind: a consumer (anyone), or staff of a sale point logged in as such. */
public enum ScanChannel {
    CONSUMER,
    SALE_POINT_STAFF
}
