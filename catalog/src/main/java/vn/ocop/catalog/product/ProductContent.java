package vn.ocop.catalog.product;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.kernel.DomainException;

/**
 * The parts of a listing besides its main row: producers, origins and variants. Variants are
 * matched by SKU so their ids stay stable (stock and orders refer to them); a variant left out is
 * deactivated, never deleted.
 */
@Singleton
class ProductContent {

    private final ProductRepositories.Variants variants;
    private final ProductRepositories.Origins origins;
    private final ProductRepositories.ProductProducers producers;
    private final ProducerLookup producerLookup;
    private final Provinces provinces;
    private final TaxonomyApi taxonomy;

    ProductContent(
            ProductRepositories.Variants variants,
            ProductRepositories.Origins origins,
            ProductRepositories.ProductProducers producers,
            ProducerLookup producerLookup,
            Provinces provinces,
            TaxonomyApi taxonomy) {
        this.variants = variants;
        this.origins = origins;
        this.producers = producers;
        this.producerLookup = producerLookup;
        this.provinces = provinces;
        this.taxonomy = taxonomy;
    }

    /** Checks that need no row yet; run before the product row is written. */
    void validate(ProductInput input) {
        requireGroup(input.group(), input.subgroup());
    }

    void replaceParts(UUID productId, ProductInput input) {
        replaceProducers(productId, input.producerIds());
        replaceOrigins(productId, input.origins());
        upsertVariants(productId, input.variants());
    }

    private void requireGroup(String group, String subgroup) {
        if (subgroup != null && !subgroup.isBlank()) {
            taxonomy.requireSubgroup(group, subgroup);
        } else if (taxonomy.groups().stream().noneMatch(g -> g.code().equals(group))) {
            throw DomainException.invalidField(
                    CatalogError.UNKNOWN_GROUP, "group", "Unknown product group: " + group);
        }
    }

    void changePrice(UUID productId, String sku, long priceVnd) {
        VariantRow v =
                variants.findBySku(sku)
                        .filter(row -> row.productId().equals(productId))
                        .orElseThrow(
                                () ->
                                        DomainException.invalidField(
                                                CatalogError.INVALID_FIELD,
                                                "sku",
                                                "No variant " + sku + " in this product"));
        variants.update(
                new VariantRow(
                        v.id(),
                        v.productId(),
                        v.sku(),
                        v.nameVi(),
                        v.nameEn(),
                        priceVnd,
                        v.weightGrams(),
                        v.gtin(),
                        v.active(),
                        v.position(),
                        Instant.now()));
    }

    private void replaceProducers(UUID productId, List<UUID> producerIds) {
        for (int i = 0; i < producerIds.size(); i++) {
            if (!producerLookup.exists(producerIds.get(i))) {
                throw DomainException.invalidField(
                        CatalogError.PRODUCER_NOT_FOUND,
                        "producerIds[" + i + "]",
                        "No such producer");
            }
        }
        producers.deleteByProduct(productId);
        short position = 0;
        for (UUID producerId : producerIds.stream().distinct().toList()) {
            producers.insert(productId, producerId, position++);
        }
    }

    private void replaceOrigins(UUID productId, List<OriginInput> input) {
        origins.deleteByProduct(productId);
        for (int i = 0; i < input.size(); i++) {
            OriginInput origin = input.get(i);
            String province =
                    provinces.requireCode(origin.province(), "origins[" + i + "].province");
            origins.insert(
                    productId,
                    (short) i,
                    province,
                    origin.commune().strip(),
                    blank(origin.village()),
                    blank(origin.historicalDistrict()));
        }
    }

    private void upsertVariants(UUID productId, List<VariantInput> input) {
        Map<String, VariantRow> existing =
                variants.findByProductIdOrderByPosition(productId).stream()
                        .collect(Collectors.toMap(VariantRow::sku, Function.identity()));
        for (int i = 0; i < input.size(); i++) {
            VariantInput in = input.get(i);
            String sku = in.sku().strip();
            String gtin = gtin(in.gtin(), i);
            requireUnused(
                    variants.findBySku(sku),
                    productId,
                    CatalogError.DUPLICATE_SKU,
                    "variants[" + i + "].sku");
            if (gtin != null) {
                requireUnusedGtin(
                        variants.findByGtin(gtin), productId, sku, "variants[" + i + "].gtin");
            }
            VariantRow old = existing.remove(sku);
            VariantRow row =
                    new VariantRow(
                            old == null ? UUID.randomUUID() : old.id(),
                            productId,
                            sku,
                            in.nameVi().strip(),
                            blank(in.nameEn()),
                            in.priceVnd(),
                            in.weightGrams(),
                            gtin,
                            true,
                            (short) i,
                            Instant.now());
            if (old == null) {
                variants.save(row);
            } else {
                variants.update(row);
            }
        }
        for (VariantRow removed : existing.values()) {
            variants.update(
                    new VariantRow(
                            removed.id(),
                            productId,
                            removed.sku(),
                            removed.nameVi(),
                            removed.nameEn(),
                            removed.priceVnd(),
                            removed.weightGrams(),
                            removed.gtin(),
                            false,
                            removed.position(),
                            Instant.now()));
        }
    }

    private static String gtin(String input, int index) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return Gtin.normalize(input)
                .orElseThrow(
                        () ->
                                DomainException.invalidField(
                                        CatalogError.INVALID_GTIN,
                                        "variants[" + index + "].gtin",
                                        "Not a GTIN-13/14 with a correct check digit: " + input));
    }

    private static void requireUnused(
            Optional<VariantRow> found, UUID productId, CatalogError error, String field) {
        if (found.isPresent() && !found.get().productId().equals(productId)) {
            throw DomainException.invalidField(error, field, "Already used by another product");
        }
    }

    private static void requireUnusedGtin(
            Optional<VariantRow> found, UUID productId, String sku, String field) {
        if (found.isPresent()
                && !(found.get().productId().equals(productId) && found.get().sku().equals(sku))) {
            throw DomainException.invalidField(
                    CatalogError.DUPLICATE_GTIN, field, "GTIN already used by another variant");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
