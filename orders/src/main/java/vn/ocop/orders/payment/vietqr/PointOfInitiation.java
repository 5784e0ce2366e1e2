package vn.ocop.orders.payment.vietqr;

/**
 * EMVCo point of initiation (tag 01): a static code is printed once and reused; a dynamic one is
 * made for one payment and carries its amount.
 */
public enum PointOfInitiation {
    STATIC("11"),
    DYNAMIC("12");

    private final String code;

    PointOfInitiation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
