package vn.ocop.orders.payment.vietqr;

import vn.ocop.kernel.DomainException;

/** A VietQR payload that was refused, or a request that cannot be written as one. */
public final class VietQrException extends DomainException {

    private final VietQrError reason;

    VietQrException(VietQrError reason, String detail) {
        super(reason, detail);
        this.reason = reason;
    }

    public VietQrError reason() {
        return reason;
    }
}
