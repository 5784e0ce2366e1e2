package vn.ocop.catalog.search.elasticsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.search.SearchDocument;
import vn.ocop.catalog.search.Tokens;

/**
 * A search document as Elasticsearch stores it ({@code products-index.json}): text fields get the
 * words of {@link Tokens} joined by spaces, so that the standard analyzer finds the same words the
 * PostgreSQL engine stores; {@code display} (not indexed) carries what a card shows.
 */
final class ProductSource {

    /** Source fields a card needs. */
    static final List<String> CARD =
            List.of(
                    "id",
                    "stars",
                    "min_price",
                    "max_price",
                    "provinces",
                    "group",
                    "subgroup",
                    "display");

    private ProductSource() {}

    static Map<String, Object> of(SearchDocument d) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", d.productId().toString());
        source.put("name", Tokens.joined(d.name().exact()));
        source.put("name_folded", Tokens.joined(d.name().folded()));
        source.put("name_sort", Tokens.joined(d.name().folded()));
        source.put("description", Tokens.joined(d.description().exact()));
        source.put("description_folded", Tokens.joined(d.description().folded()));
        source.put("tags", Tokens.joined(d.tags().exact()));
        source.put("tags_folded", Tokens.joined(d.tags().folded()));
        source.put("group", d.groupCode());
        source.put("subgroup", d.subgroupCode());
        source.put("provinces", d.provinceCodes());
        source.put("producer_ids", d.producerIds().stream().map(UUID::toString).toList());
        source.put("stars", d.stars());
        source.put("min_price", d.minPrice());
        source.put("max_price", d.maxPrice());
        source.put("prices", d.prices());
        source.put("published_at", d.publishedAt().toString());
        source.put("valid_until", d.validUntil().toString());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("name_vi", d.nameVi());
        display.put("name_en", d.nameEn());
        display.put("producer_names", d.producerNames());
        source.put("display", display);
        return source;
    }

    @SuppressWarnings("unchecked")
    static ProductSearchResult.Hit card(Map<String, Object> source) {
        Map<String, Object> display = (Map<String, Object>) source.get("display");
        return new ProductSearchResult.Hit(
                UUID.fromString((String) source.get("id")),
                (String) display.get("name_vi"),
                (String) display.get("name_en"),
                ((Number) source.get("stars")).intValue(),
                number(source.get("min_price")),
                number(source.get("max_price")),
                (List<String>) source.get("provinces"),
                (String) source.get("group"),
                (String) source.get("subgroup"),
                (List<String>) display.get("producer_names"),
                null,
                null);
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> source) {
        return (String) ((Map<String, Object>) source.get("display")).get("name_vi");
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
