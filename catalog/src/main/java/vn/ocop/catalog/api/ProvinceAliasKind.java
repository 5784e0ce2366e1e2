package vn.ocop.catalog.api;

/** Why a province has another name. */
public enum ProvinceAliasKind {
    /**
     * One of the 63 provincial-level units before 1 July 2025, merged into (or unchanged as) this
     * province by Resolution 202/2025/QH15. Records dated before the merger carry these names.
     */
    PRE_2025,
    /** An abbreviation or spelling people use ("TPHCM", "Sài Gòn", "Đắc Lắc"). */
    VARIANT
}
