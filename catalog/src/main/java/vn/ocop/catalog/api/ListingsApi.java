package vn.ocop.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * A producer's listings and the office's moderation of them, as the storefront's pages need them.
 * Every method goes through the same services as the REST API ({@code /api/v1/producer/products},
 * {@code /api/v1/office/products}), so pages and API apply the same rules; refusals are {@link
 * vn.ocop.kernel.DomainException}s with the catalogue's codes and field names ({@code
 * variants[0].gtin}), and a refused write saves nothing.
 */
public interface ListingsApi {

    /** The producer's listings in every state, most recently changed first. */
    List<ProductView> ofProducer(UUID producerId);

    /**
     * One listing the caller may edit.
     *
     * @throws vn.ocop.kernel.DomainException {@code catalog.not-your-producer} (403) for another
     *     producer's listing, {@code catalog.product-not-found} (404)
     */
    ProductView editable(Caller caller, UUID productId);

    ProductView create(Caller caller, ProductInput input);

    ProductView update(Caller caller, UUID productId, ProductInput input);

    ProductView submit(Caller caller, UUID productId);

    /**
     * New prices of some variants (by SKU), all or none; applies at once and, unlike a content
     * change, leaves a published listing published.
     */
    ProductView changePrices(Caller caller, UUID productId, Map<String, Long> pricesBySku);

    /** A JPEG, PNG or WebP photo (≤ 5 MB); a published listing goes back to review. */
    ImageView uploadImage(Caller caller, UUID productId, byte[] data);

    /** Listings in a state, oldest change first (SUBMITTED is the office's review queue). */
    List<ProductView> inStatus(ListingStatus status);

    /** Office: any listing. */
    ProductView listing(UUID productId);

    /** Office: approve and publish; needs a valid 3★+ certificate and verified producers. */
    ProductView publish(UUID productId);

    /** Office: reject a submitted listing with a reason the producer sees. */
    ProductView reject(UUID productId, String reason);

    /** Office: record an evaluation round's certificate (supersedes the valid one). */
    CertificateView recordCertificate(UUID productId, CertificateInput input);

    /** Stars for a score by the configured bands (the server is the authority). */
    int starsFor(BigDecimal score);

    /** The lower bounds of 5★, 4★, 3★ and 2★, for forms that show the stars as typed. */
    List<BigDecimal> starBandLowerBounds();

    /** How long a certificate is valid when the office gives no end date. */
    int certificateValidityMonths();

    /**
     * The producer's products whose valid certificate ends between today and {@code until}
     * (inclusive), soonest first.
     */
    List<ExpiringCertificate> certificatesExpiring(UUID producerId, LocalDate until);

    /** A certificate about to end, with the product it certifies. */
    record ExpiringCertificate(
            UUID productId,
            String productNameVi,
            String productNameEn,
            CertificateView certificate) {}
}
