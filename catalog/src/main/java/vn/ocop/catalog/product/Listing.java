package vn.ocop.catalog.product;

import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.kernel.DomainException;

/**
 * The review cycle of a listing. Invariant: only the transitions below exist; anything else is a
 * 409 naming the current state. Publishing additionally needs a valid 3★+ certificate and verified
 * producers, which the service checks before calling {@link #publish}.
 */
final class Listing {

    private Listing() {}

    static ListingStatus submit(ListingStatus current) {
        return switch (current) {
            case DRAFT, REJECTED, UNPUBLISHED -> ListingStatus.SUBMITTED;
            default -> throw refused(current, "submit");
        };
    }

    static ListingStatus publish(ListingStatus current) {
        if (current != ListingStatus.SUBMITTED) {
            throw refused(current, "publish");
        }
        return ListingStatus.PUBLISHED;
    }

    static ListingStatus reject(ListingStatus current) {
        if (current != ListingStatus.SUBMITTED) {
            throw refused(current, "reject");
        }
        return ListingStatus.REJECTED;
    }

    static ListingStatus unpublish(ListingStatus current) {
        if (current != ListingStatus.PUBLISHED) {
            throw refused(current, "unpublish");
        }
        return ListingStatus.UNPUBLISHED;
    }

    /** Content edited: a published listing goes back to review; drafts stay drafts. */
    static ListingStatus afterContentChange(ListingStatus current) {
        return current == ListingStatus.PUBLISHED ? ListingStatus.SUBMITTED : current;
    }

    private static DomainException refused(ListingStatus current, String action) {
        return new DomainException(
                CatalogError.INVALID_TRANSITION,
                "Cannot " + action + " a listing that is " + current,
                java.util.List.of(),
                java.util.Map.of("status", current.name(), "action", action));
    }
}
