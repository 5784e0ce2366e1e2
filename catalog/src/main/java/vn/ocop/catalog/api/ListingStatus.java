package vn.ocop.catalog.api;

/**
 * Where a listing is in its review cycle: a producer drafts and submits; the office publishes or
 * rejects (with a reason); a published listing can be unpublished. Content changes to a published
 * listing send it back to review; price changes do not.
 */
public enum ListingStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    UNPUBLISHED
}
