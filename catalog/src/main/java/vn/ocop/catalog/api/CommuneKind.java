package vn.ocop.catalog.api;

/** The three kinds of commune-level unit since 1 July 2025 (there are no districts any more). */
public enum CommuneKind {
    /** Xã: a rural commune. */
    XA,
    /** Phường: an urban ward. */
    PHUONG,
    /** Đặc khu: a special zone, the island units such as Côn Đảo and Phú Quốc. */
    DAC_KHU
}
