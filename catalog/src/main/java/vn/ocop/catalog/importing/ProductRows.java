package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.catalog.product.ProductService;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.platform.identity.api.Caller;

/**
 * Products with their variants, one row per variant. Rows belong to one product when they share the
 * product key, or (without a key) the product name and producers; product columns may be repeated
 * on every row or written on the first only. A product whose SKU is already in the catalogue is
 * updated: a change of prices only applies at once, any other change sends a published listing back
 * to review, and an identical product is left alone.
 */
@Singleton
class ProductRows implements RowPlanner {

    private static final Map<String, Regulation> ABBREVIATIONS =
            Map.of(
                    "Rượu", Regulation.ALCOHOL,
                    "Thảo dược", Regulation.HERBAL_FUNCTIONAL,
                    "Thực phẩm chức năng", Regulation.HERBAL_FUNCTIONAL,
                    "TPCN", Regulation.HERBAL_FUNCTIONAL,
                    "Thuốc lào", Regulation.TOBACCO,
                    "Thuốc lá", Regulation.TOBACCO);

    private final ProductService products;
    private final ProductsApi catalogue;
    private final ProducerMatcher producers;
    private final Taxonomy taxonomy;
    private final ImportMessages messages;
    private final InputCheck check;
    private final ProductComparison comparison;

    ProductRows(
            ProductService products,
            ProductsApi catalogue,
            ProducerMatcher producers,
            Taxonomy taxonomy,
            ImportMessages messages,
            InputCheck check,
            ProductComparison comparison) {
        this.products = products;
        this.catalogue = catalogue;
        this.producers = producers;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.check = check;
        this.comparison = comparison;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    @Override
    public List<ImportUnit> plan(Sheet sheet, HeaderMap headers, Caller caller, Issues issues) {
        Choices<Regulation> regulations =
                new Choices<>("regulated", Regulation.class, messages, ABBREVIATIONS);
        Taxonomy.Names names = taxonomy.names();
        ProducerMatcher.Session producerNames = producers.session();
        List<ImportUnit> units = new ArrayList<>();
        for (List<Sheet.Row> rows : groups(sheet, headers).values()) {
            ProductRowGroup group = new ProductRowGroup(rows, headers, issues);
            ProductInput input = group.read(caller, regulations, names, producerNames);
            if (input != null) {
                FieldSources sources = group.sources();
                units.add(
                        new ImportUnit(
                                rows.stream().map(Sheet.Row::number).toList(),
                                sources,
                                () -> save(caller, input, sources)));
            }
        }
        return units;
    }

    private static Map<String, List<Sheet.Row>> groups(Sheet sheet, HeaderMap headers) {
        Map<String, List<Sheet.Row>> groups = new LinkedHashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            String key = HeaderMap.normalise(headers.cell(row, Columns.PRODUCT_KEY));
            String name = headers.cell(row, Columns.NAME);
            String group =
                    !key.isEmpty()
                            ? "key:" + key
                            : name.isEmpty()
                                    ? "row:" + row.number()
                                    : "name:"
                                            + VietnameseText.fold(name)
                                            + "|"
                                            + VietnameseText.fold(
                                                    headers.cell(row, Columns.PRODUCERS));
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private ImportUnit.Outcome save(Caller caller, ProductInput input, FieldSources sources) {
        check.valid(input);
        Optional<UUID> existing =
                input.variants().stream()
                        .map(v -> catalogue.variantBySku(v.sku().strip()))
                        .flatMap(Optional::stream)
                        .map(VariantRef::productId)
                        .findFirst();
        if (existing.isEmpty()) {
            products.create(caller, input);
            return ImportUnit.Outcome.CREATED;
        }
        sources.fallbackColumn(Columns.SKU);
        UUID id = existing.get();
        ProductView current = catalogue.product(id).orElseThrow();
        if (!caller.isOffice()
                && current.producerIds().stream().noneMatch(caller::mayActForProducer)) {
            throw new DomainException(CatalogError.NOT_YOUR_PRODUCER, "Not your listing");
        }
        switch (comparison.compare(current, input)) {
            case SAME:
                return ImportUnit.Outcome.UNCHANGED;
            case PRICES:
                for (VariantInput variant : input.variants()) {
                    products.changePrice(caller, id, variant.sku().strip(), variant.priceVnd());
                }
                return ImportUnit.Outcome.UPDATED;
            default:
                products.update(caller, id, input);
                return ImportUnit.Outcome.UPDATED;
        }
    }
}
