package vn.ocop.catalog.search;

import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.ocop.catalog.api.OriginView;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.ProvinceAliasView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.VariantView;

/** Builds a product's search document from its public view, its producers and its places. */
@Singleton
public class SearchDocuments {

    private final ProductsApi products;
    private final PlacesApi places;
    private final TaxonomyApi taxonomy;

    SearchDocuments(ProductsApi products, PlacesApi places, TaxonomyApi taxonomy) {
        this.products = products;
        this.places = places;
        this.taxonomy = taxonomy;
    }

    /** The document of a visible product. */
    public SearchDocument of(ProductView view) {
        if (!view.visible()) {
            throw new IllegalArgumentException("Not visible: " + view.id());
        }
        List<String> producerNames =
                view.producerIds().stream()
                        .map(products::producer)
                        .flatMap(Optional::stream)
                        .map(ProducerView::name)
                        .toList();
        List<String> provinceCodes =
                view.origins().stream().map(OriginView::provinceCode).distinct().toList();
        List<String> tags = new ArrayList<>();
        tags.add(view.nameEn());
        taxonomy.groups().stream()
                .filter(g -> g.code().equals(view.group()))
                .findFirst()
                .ifPresent(g -> tags.addAll(List.of(g.nameVi(), g.nameEn())));
        tags.addAll(producerNames);
        provinceCodes.stream()
                .map(places::province)
                .flatMap(Optional::stream)
                .forEach(p -> tags.addAll(names(p)));
        for (OriginView origin : view.origins()) {
            tags.add(origin.commune());
            tags.add(origin.village());
            tags.add(origin.historicalDistrict());
        }
        return new SearchDocument(
                view.id(),
                view.nameVi(),
                view.nameEn(),
                view.group(),
                view.subgroup(),
                provinceCodes,
                view.producerIds(),
                producerNames,
                view.certificate().stars(),
                view.variants().stream()
                        .filter(VariantView::active)
                        .map(VariantView::priceVnd)
                        .toList(),
                (view.publishedAt() == null ? view.updatedAt() : view.publishedAt())
                        .truncatedTo(ChronoUnit.MILLIS),
                view.certificate().validUntil(),
                SearchDocument.Text.of(Stream.of(view.nameVi())),
                SearchDocument.Text.of(Stream.of(view.descriptionVi(), view.descriptionEn())),
                SearchDocument.Text.of(tags.stream()));
    }

    private static List<String> names(ProvinceView province) {
        List<String> names = new ArrayList<>(List.of(province.nameVi(), province.nameEn()));
        for (ProvinceAliasView alias : province.aliases()) {
            names.add(alias.name());
            names.add(alias.nameEn());
        }
        return names;
    }
}
