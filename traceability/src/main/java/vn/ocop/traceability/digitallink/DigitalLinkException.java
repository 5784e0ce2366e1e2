package vn.ocop.traceability.digitallink;

import vn.ocop.kernel.DomainException;

/** A GS1 Digital Link URI or AI data that was refused, with the reason and a precise message. */
public final class DigitalLinkException extends DomainException {

    private final DigitalLinkError reason;

    DigitalLinkException(DigitalLinkError reason, String detail) {
        super(reason, detail);
        this.reason = reason;
    }

    public DigitalLinkError reason() {
        return reason;
    }
}
