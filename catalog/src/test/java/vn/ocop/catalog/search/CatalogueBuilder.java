package vn.ocop.catalog.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.catalog.api.LegalForm;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.ProducerInput;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.catalog.certificate.CertificateService;
import vn.ocop.catalog.producer.ProducerService;
import vn.ocop.catalog.product.ListingService;
import vn.ocop.catalog.product.ProductService;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Puts producers and products into the catalogue through the real services, as the office and
 * producers would: register and verify, list, submit, certify, publish.
 */
final class CatalogueBuilder {

    static final Caller OFFICE = new Caller(UUID.randomUUID(), Role.OFFICE_ADMIN, null, null);

    private final ProducerService producers;
    private final ProductService products;
    private final ListingService listings;
    private final CertificateService certificates;

    CatalogueBuilder(
            ProducerService producers,
            ProductService products,
            ListingService listings,
            CertificateService certificates) {
        this.producers = producers;
        this.products = products;
        this.listings = listings;
        this.certificates = certificates;
    }

    /** What a listing says, named for the test. */
    record Listing(
            String nameVi,
            String nameEn,
            String description,
            String group,
            String subgroup,
            String province,
            String commune,
            String historicalDistrict,
            int stars,
            List<Long> prices,
            Regulation regulated) {

        Listing in(String otherProvince, String otherCommune) {
            return new Listing(
                    nameVi,
                    nameEn,
                    description,
                    group,
                    subgroup,
                    otherProvince,
                    otherCommune,
                    null,
                    stars,
                    prices,
                    regulated);
        }
    }

    static Listing listing(
            String nameVi,
            String nameEn,
            String description,
            String group,
            String subgroup,
            String province,
            String commune,
            String historicalDistrict,
            int stars,
            Long... prices) {
        return new Listing(
                nameVi,
                nameEn,
                description,
                group,
                subgroup,
                province,
                commune,
                historicalDistrict,
                stars,
                List.of(prices),
                Regulation.NONE);
    }

    UUID verifiedProducer(String name, String province, String commune) {
        UUID id =
                producers
                        .register(
                                new ProducerInput(
                                        name,
                                        LegalForm.COOPERATIVE,
                                        "HTX-" + UUID.randomUUID().toString().substring(0, 8),
                                        province,
                                        commune,
                                        "Thôn 1, " + commune,
                                        "Nguyễn Văn An",
                                        "0912345678",
                                        null,
                                        20,
                                        null,
                                        null))
                        .id();
        producers.verify(id);
        return id;
    }

    /** A listing left as a draft. */
    UUID draft(UUID producer, Listing listing) {
        List<VariantInput> variants = new ArrayList<>();
        for (int i = 0; i < listing.prices().size(); i++) {
            variants.add(
                    new VariantInput(
                            "SKU-" + UUID.randomUUID().toString().substring(0, 12),
                            "Loại " + (i + 1),
                            null,
                            listing.prices().get(i),
                            500,
                            null));
        }
        boolean regulated = listing.regulated() != Regulation.NONE;
        return products.create(
                        OFFICE,
                        new ProductInput(
                                listing.nameVi(),
                                listing.nameEn(),
                                listing.description(),
                                null,
                                listing.group(),
                                listing.subgroup(),
                                List.of(producer),
                                List.of(
                                        new OriginInput(
                                                listing.province(),
                                                listing.commune(),
                                                null,
                                                listing.historicalDistrict())),
                                variants,
                                listing.regulated(),
                                regulated ? "01/2025/CBSP" : null,
                                false,
                                null,
                                "TOURISM".equals(listing.group())))
                .id();
    }

    /** Certified with the listing's stars, valid for the default 36 months, and published. */
    UUID published(UUID producer, Listing listing) {
        return published(producer, listing, null);
    }

    UUID published(UUID producer, Listing listing, LocalDate validUntil) {
        UUID id = draft(producer, listing);
        listings.submit(OFFICE, id);
        certify(id, listing.stars(), validUntil);
        listings.publish(id);
        return id;
    }

    CertificateView certify(UUID product, int stars, LocalDate validUntil) {
        BigDecimal score =
                switch (stars) {
                    case 5 -> new BigDecimal("92");
                    case 4 -> new BigDecimal("80");
                    default -> new BigDecimal("60");
                };
        return certificates.record(
                product,
                new CertificateInput(
                        2025,
                        score,
                        EvaluationLevel.PROVINCE,
                        "UBND tỉnh",
                        "QĐ-" + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.now().minusDays(30),
                        null,
                        validUntil));
    }
}
