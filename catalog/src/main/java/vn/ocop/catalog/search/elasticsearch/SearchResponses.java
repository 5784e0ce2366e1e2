package vn.ocop.catalog.search.elasticsearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;
import vn.ocop.catalog.api.ProductSearchResult.Facets;
import vn.ocop.catalog.api.ProductSearchResult.PriceBandCount;
import vn.ocop.catalog.search.PriceBand;
import vn.ocop.catalog.search.SearchPage;

/**
 * Reads Elasticsearch search responses with Jackson's streaming parser straight into what the
 * engine answers. The typed client's response decoding (a JSON-P layer over Jackson, builders for
 * every node, then {@code _source} as a map) was about a quarter of the application's CPU per
 * search (BENCHMARKS.md, Elasticsearch); reading tokens into the card records costs a fraction of
 * that. Requests ask Elasticsearch for only these parts ({@link #SEARCH_FILTER}); unknown fields
 * are skipped, so a response without the filter reads the same.
 */
final class SearchResponses {

    /** {@code filter_path} of a search: the total, the card sources and the facet buckets. */
    static final String SEARCH_FILTER =
            "hits.total.value,hits.hits._source,"
                    + "aggregations.*.counts.buckets.key,aggregations.*.counts.buckets.doc_count";

    /** {@code filter_path} of a suggestion: the names only. */
    static final String SUGGEST_FILTER = "hits.hits._source.display.name_vi";

    private static final JsonFactory JSON = new JsonFactory();

    private SearchResponses() {}

    /** A search response; facets only when they were asked for. */
    static SearchPage page(InputStream body, boolean withFacets) throws IOException {
        long total = 0;
        List<ProductSearchResult.Hit> hits = new ArrayList<>();
        Map<String, List<FacetCount>> buckets = new HashMap<>();
        try (JsonParser p = JSON.createParser(body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "hits" -> total = hits(p, hits);
                    case "aggregations" -> aggregations(p, buckets);
                    default -> p.skipChildren();
                }
            }
        }
        return new SearchPage(total, hits, withFacets ? facets(buckets) : Facets.none());
    }

    /** The Vietnamese names of a suggestion response's hits, in order. */
    static List<String> names(InputStream body) throws IOException {
        List<String> names = new ArrayList<>();
        try (JsonParser p = JSON.createParser(body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("hits")) {
                    eachHitSource(p, () -> names.add(displayName(p)));
                } else {
                    p.skipChildren();
                }
            }
        }
        return names;
    }

    /** The {@code hits} object: returns the total, adds the cards. */
    private static long hits(JsonParser p, List<ProductSearchResult.Hit> cards) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        long total = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("total")) {
                total = total(p);
            } else if (field.equals("hits")) {
                eachSource(p, () -> cards.add(card(p)));
            } else {
                p.skipChildren();
            }
        }
        return total;
    }

    /** {@code total} is {@code {"value": n, ...}} (or a bare number with the old REST format). */
    private static long total(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        long value = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("value")) {
                value = p.getLongValue();
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    private interface SourceReader {
        void read() throws IOException;
    }

    /** Positioned on the outer {@code hits} object of a suggestion: reads each hit's source. */
    private static void eachHitSource(JsonParser p, SourceReader reader) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("hits")) {
                eachSource(p, reader);
            } else {
                p.skipChildren();
            }
        }
    }

    /** Positioned on the {@code hits} array: calls the reader on each hit's {@code _source}. */
    private static void eachSource(JsonParser p, SourceReader reader) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("_source")) {
                    reader.read();
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /** A card from {@code _source} (fields of {@link ProductSource#CARD}). */
    private static ProductSearchResult.Hit card(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        UUID id = null;
        String nameVi = null;
        String nameEn = null;
        int stars = 0;
        Long minPrice = null;
        Long maxPrice = null;
        List<String> provinces = List.of();
        String group = null;
        String subgroup = null;
        List<String> producers = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = UUID.fromString(p.getText());
                case "stars" -> stars = p.getIntValue();
                case "min_price" ->
                        minPrice = value == JsonToken.VALUE_NULL ? null : p.getLongValue();
                case "max_price" ->
                        maxPrice = value == JsonToken.VALUE_NULL ? null : p.getLongValue();
                case "provinces" -> provinces = strings(p);
                case "group" -> group = text(p);
                case "subgroup" -> subgroup = text(p);
                case "display" -> {
                    expect(value, JsonToken.START_OBJECT, p);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "name_vi" -> nameVi = text(p);
                            case "name_en" -> nameEn = text(p);
                            case "producer_names" -> producers = strings(p);
                            default -> p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (id == null) {
            throw new IOException("A search hit without its id: _source must include it");
        }
        return new ProductSearchResult.Hit(
                id, nameVi, nameEn, stars, minPrice, maxPrice, provinces, group, subgroup,
                producers, null, null);
    }

    /** {@code display.name_vi} of a suggestion's source. */
    private static String displayName(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("display") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    if (inner.equals("name_vi")) {
                        name = text(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    /**
     * {@code aggregations}: each facet is a filter aggregation named like the facet, holding a
     * {@code counts} aggregation with buckets of {@code key} and {@code doc_count}.
     */
    private static void aggregations(JsonParser p, Map<String, List<FacetCount>> facets)
            throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String facet = p.currentName();
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("counts")) {
                    facets.put(facet, buckets(p));
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static List<FacetCount> buckets(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        List<FacetCount> counts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!field.equals("buckets")) {
                p.skipChildren();
                continue;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, p);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String key = null;
                long count = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "key" -> key = p.getText();
                        case "doc_count" -> count = p.getLongValue();
                        default -> p.skipChildren();
                    }
                }
                counts.add(new FacetCount(key, count));
            }
        }
        return counts;
    }

    /**
     * Facets in the order the PostgreSQL engine gives them: groups and provinces by count, then
     * code; stars from 5 down; every price band in band order, zeros included.
     */
    private static Facets facets(Map<String, List<FacetCount>> buckets) {
        Comparator<FacetCount> byCount =
                Comparator.comparingLong(FacetCount::count)
                        .reversed()
                        .thenComparing(FacetCount::value);
        List<FacetCount> groups = sorted(buckets.get("groups"), byCount);
        List<FacetCount> provinces = sorted(buckets.get("provinces"), byCount);
        List<FacetCount> stars =
                sorted(buckets.get("stars"), Comparator.comparing(FacetCount::value).reversed());
        Map<String, Long> perBand = new HashMap<>();
        for (FacetCount bucket : buckets.getOrDefault("prices", List.of())) {
            perBand.put(bucket.value(), bucket.count());
        }
        List<PriceBandCount> bands = new ArrayList<>();
        for (PriceBand band : PriceBand.values()) {
            long count = perBand.getOrDefault(band.name(), 0L);
            bands.add(new PriceBandCount(band.name(), band.from(), band.to(), count));
        }
        return new Facets(groups, provinces, stars, bands);
    }

    private static List<FacetCount> sorted(List<FacetCount> counts, Comparator<FacetCount> order) {
        List<FacetCount> sorted = new ArrayList<>(counts == null ? List.of() : counts);
        sorted.sort(order);
        return sorted;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return List.of(p.getText());
        }
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(p.getText());
        }
        return values;
    }

    private static String text(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p)
            throws IOException {
        if (actual != expected) {
            throw new IOException(
                    "Unexpected Elasticsearch response: "
                            + actual
                            + " where "
                            + expected
                            + " belongs, at "
                            + p.currentLocation());
        }
    }
}
