package vn.ocop.catalog.api;

/** The council that evaluated the product. */
public enum EvaluationLevel {
    DISTRICT,
    PROVINCE,
    NATIONAL
}
