package vn.ocop.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.kernel.DomainException;

class ListingTest {

    @Test
    void a_listing_goes_from_draft_through_review_to_published_and_back_out() {
        ListingStatus s = Listing.submit(ListingStatus.DRAFT);
        assertThat(s).isEqualTo(ListingStatus.SUBMITTED);
        s = Listing.publish(s);
        assertThat(s).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(Listing.unpublish(s)).isEqualTo(ListingStatus.UNPUBLISHED);
        assertThat(Listing.submit(ListingStatus.REJECTED)).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(Listing.reject(ListingStatus.SUBMITTED)).isEqualTo(ListingStatus.REJECTED);
    }

    @Test
    void content_changes_send_a_published_listing_back_to_review_only() {
        assertThat(Listing.afterContentChange(ListingStatus.PUBLISHED))
                .isEqualTo(ListingStatus.SUBMITTED);
        assertThat(Listing.afterContentChange(ListingStatus.DRAFT)).isEqualTo(ListingStatus.DRAFT);
        assertThat(Listing.afterContentChange(ListingStatus.REJECTED))
                .isEqualTo(ListingStatus.REJECTED);
    }

    @Test
    void refuses_transitions_that_do_not_exist() {
        assertThatThrownBy(() -> Listing.publish(ListingStatus.DRAFT))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> Listing.submit(ListingStatus.SUBMITTED))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Listing.unpublish(ListingStatus.SUBMITTED))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Listing.reject(ListingStatus.PUBLISHED))
                .isInstanceOf(DomainException.class);
    }
}
