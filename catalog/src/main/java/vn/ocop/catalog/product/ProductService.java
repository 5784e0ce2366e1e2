package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.platform.identity.api.Caller;

/**
 * Writing listings: content (which sends a published listing back to review) and prices (which do
 * not).
 */
@Singleton
public class ProductService {

    private final ProductRepositories.Products products;
    private final ProductContent content;
    private final ProductReader reader;
    private final ProductChanges changes;
    private final ProductAccess access;

    ProductService(
            ProductRepositories.Products products,
            ProductContent content,
            ProductReader reader,
            ProductChanges changes,
            ProductAccess access) {
        this.products = products;
        this.content = content;
        this.reader = reader;
        this.changes = changes;
        this.access = access;
    }

    @Transactional
    public ProductView create(Caller caller, ProductInput input) {
        access.requireProducers(caller, input.producerIds());
        content.validate(input);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        products.save(row(id, input, ListingStatus.DRAFT, null, null, now, now));
        content.replaceParts(id, input);
        changes.product(id);
        return reader.require(id);
    }

    @Transactional
    public ProductView update(Caller caller, UUID id, ProductInput input) {
        ProductRow current = access.requireProduct(caller, id);
        access.requireProducers(caller, input.producerIds());
        content.validate(input);
        ListingStatus status = Listing.afterContentChange(current.status());
        products.update(
                row(
                        id,
                        input,
                        status,
                        current.statusReason(),
                        current.publishedAt(),
                        current.createdAt(),
                        Instant.now()));
        content.replaceParts(id, input);
        changes.product(id);
        return reader.require(id);
    }

    /**
     * Something besides the main fields changed (a photo): checks the caller may edit the listing,
     * sends a published listing back to review and announces the change.
     */
    @Transactional
    public void contentChanged(Caller caller, UUID id) {
        ProductRow current = access.requireProduct(caller, id);
        ListingStatus status = Listing.afterContentChange(current.status());
        if (status != current.status()) {
            products.update(current.withStatus(status, null));
        }
        changes.product(id);
    }

    /** Prices (and only prices) change at once, even on a published listing. */
    @Transactional
    public ProductView changePrice(Caller caller, UUID id, String sku, long priceVnd) {
        access.requireProduct(caller, id);
        if (priceVnd < 0) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD, "priceVnd", "Price must not be negative");
        }
        content.changePrice(id, sku, priceVnd);
        changes.product(id);
        return reader.require(id);
    }

    private static ProductRow row(
            UUID id,
            ProductInput in,
            ListingStatus status,
            String reason,
            Instant publishedAt,
            Instant createdAt,
            Instant now) {
        Regulation regulated = in.regulated() == null ? Regulation.NONE : in.regulated();
        String declaration =
                in.declarationNumber() == null || in.declarationNumber().isBlank()
                        ? null
                        : in.declarationNumber().strip();
        if (regulated.needsDeclaration() && declaration == null) {
            throw DomainException.invalidField(
                    CatalogError.DECLARATION_REQUIRED,
                    "declarationNumber",
                    "Alcohol and herbal/functional food need a declaration number");
        }
        if (in.perishable() && in.shelfLifeDays() == null) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD,
                    "shelfLifeDays",
                    "A perishable product needs its shelf life");
        }
        requireDistinctSkus(in.variants());
        return new ProductRow(
                id,
                in.nameVi().strip(),
                blankToNull(in.nameEn()),
                VietnameseText.fold(in.nameVi()),
                nullToEmpty(in.descriptionVi()),
                nullToEmpty(in.descriptionEn()),
                in.group(),
                blankToNull(in.subgroup()),
                regulated,
                declaration,
                in.perishable(),
                in.shelfLifeDays(),
                in.service(),
                status,
                reason,
                publishedAt,
                createdAt,
                now);
    }

    private static void requireDistinctSkus(List<VariantInput> variants) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!seen.add(variants.get(i).sku().strip())) {
                throw DomainException.invalidField(
                        CatalogError.DUPLICATE_SKU,
                        "variants[" + i + "].sku",
                        "SKU repeated in this product");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
