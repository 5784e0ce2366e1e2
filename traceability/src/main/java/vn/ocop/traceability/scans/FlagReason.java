package vn.ocop.traceability.scans;

/** Why a code looks copied or unsafe. */
public enum FlagReason {
    /** More consumer scans of one serial than a real pack gets. */
    TOO_MANY_SCANS,
    /** Two scans of one serial too far apart for the time between them. */
    IMPOSSIBLE_TRAVEL,
    /** A consumer scanned a serial or lot that was never shipped or sold. */
    NEVER_SHIPPED,
    /** The batch is recalled. */
    RECALLED
}
