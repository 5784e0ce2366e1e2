package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.ImageView;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.certificate.CertificateService;
import vn.ocop.catalog.certificate.StarBands;
import vn.ocop.catalog.image.ProductImageService;
import vn.ocop.platform.identity.api.Caller;

/** {@link ListingsApi} over the services the REST controllers use. */
@Singleton
class ListingsFacade implements ListingsApi {

    private final ProductService products;
    private final ListingService listings;
    private final ProductRepositories.Products rows;
    private final ProductReader reader;
    private final ProductAccess access;
    private final ProductImageService images;
    private final CertificateService certificates;
    private final Clock clock;

    ListingsFacade(
            ProductService products,
            ListingService listings,
            ProductRepositories.Products rows,
            ProductReader reader,
            ProductAccess access,
            ProductImageService images,
            CertificateService certificates,
            Clock clock) {
        this.products = products;
        this.listings = listings;
        this.rows = rows;
        this.reader = reader;
        this.access = access;
        this.images = images;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    @ReadOnly
    public List<ProductView> ofProducer(UUID producerId) {
        return rows.ofProducer(producerId).stream().map(reader::view).toList();
    }

    @Override
    @ReadOnly
    public ProductView editable(Caller caller, UUID productId) {
        return reader.view(access.requireProduct(caller, productId));
    }

    @Override
    public ProductView create(Caller caller, ProductInput input) {
        return products.create(caller, input);
    }

    @Override
    public ProductView update(Caller caller, UUID productId, ProductInput input) {
        return products.update(caller, productId, input);
    }

    @Override
    public ProductView submit(Caller caller, UUID productId) {
        return listings.submit(caller, productId);
    }

    @Override
    @Transactional
    public ProductView changePrices(Caller caller, UUID productId, Map<String, Long> pricesBySku) {
        ProductView changed = editable(caller, productId);
        for (Map.Entry<String, Long> price : pricesBySku.entrySet()) {
            changed = products.changePrice(caller, productId, price.getKey(), price.getValue());
        }
        return changed;
    }

    @Override
    public ImageView uploadImage(Caller caller, UUID productId, byte[] data) {
        return images.upload(caller, productId, data);
    }

    @Override
    @ReadOnly
    public List<ProductView> inStatus(ListingStatus status) {
        return rows.findByStatusOrderByUpdatedAt(status).stream().map(reader::view).toList();
    }

    @Override
    public ProductView listing(UUID productId) {
        return reader.require(productId);
    }

    @Override
    public ProductView publish(UUID productId) {
        return listings.publish(productId);
    }

    @Override
    public ProductView reject(UUID productId, String reason) {
        return listings.reject(productId, reason);
    }

    @Override
    public CertificateView recordCertificate(UUID productId, CertificateInput input) {
        return certificates.record(productId, input);
    }

    @Override
    public int starsFor(BigDecimal score) {
        return certificates.starsFor(score);
    }

    @Override
    public List<BigDecimal> starBandLowerBounds() {
        StarBands bands = certificates.bands();
        return List.of(bands.five(), bands.four(), bands.three(), bands.two());
    }

    @Override
    public int certificateValidityMonths() {
        return certificates.validityMonths();
    }

    @Override
    @ReadOnly
    public List<ExpiringCertificate> certificatesExpiring(UUID producerId, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        return ofProducer(producerId).stream()
                .filter(p -> p.certificate() != null)
                .filter(p -> p.certificate().status() == CertificateStatus.VALID)
                .filter(p -> !p.certificate().validUntil().isBefore(today))
                .filter(p -> !p.certificate().validUntil().isAfter(until))
                .map(p -> new ExpiringCertificate(p.id(), p.nameVi(), p.nameEn(), p.certificate()))
                .sorted(Comparator.comparing(e -> e.certificate().validUntil()))
                .toList();
    }
}
