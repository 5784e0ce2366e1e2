package vn.ocop.traceability.domain;

/** The process steps a batch record keeps, in the order they happen. */
public enum StepKind {
    /** Raw material harvested (thu hoạch). */
    HARVEST,
    /** Raw materials turned into the product (chế biến). */
    PROCESSING,
    /** The product packed into its sales units (đóng gói). */
    PACKING
}
