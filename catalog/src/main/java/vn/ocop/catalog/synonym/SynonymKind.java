package vn.ocop.catalog.synonym;

/** Why phrasings are equivalent; informs the office, expansion treats all kinds alike. */
enum SynonymKind {
    /** A misspelling or variant seen in source data ("Đèo Sơn" for Đồ Sơn). */
    SPELLING,
    /** Another name of a place ("TPHCM", "Sài Gòn"). */
    PLACE,
    /** Regional names of one product ("chè xanh", "trà xanh"). */
    PRODUCT
}
