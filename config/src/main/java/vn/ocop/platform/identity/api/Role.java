package vn.ocop.platform.identity.api;

/**
 * What an account may do. Role names are also the strings used in {@code @Secured} and in the JWT
 * {@code roles} claim, so they never change.
 */
public enum Role {
    /** A shopper: buys, tracks orders, manages an own account. Self-registered. */
    CONSUMER,
    /**
     * A member of one producer (chủ thể OCOP): manages that producer's listings, stock, batches.
     */
    PRODUCER_MEMBER,
    /** Staff of one sale point (điểm bán): sells at the counter, receives transfers. */
    SALE_POINT_STAFF,
    /** The provincial OCOP office: verifies, certifies, moderates, reports. */
    OFFICE_ADMIN;

    /** Constants for {@code @Secured}, which needs compile-time strings. */
    public static final class Names {
        public static final String CONSUMER = "CONSUMER";
        public static final String PRODUCER_MEMBER = "PRODUCER_MEMBER";
        public static final String SALE_POINT_STAFF = "SALE_POINT_STAFF";
        public static final String OFFICE_ADMIN = "OFFICE_ADMIN";

        private Names() {}
    }
}
