package vn.ocop.catalog.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.QueryExpansion;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.SynonymsApi;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.VietnameseText;

/**
 * Turns what a shopper asked into what the engines run: checks every parameter (all refusals at
 * once, each naming its parameter), resolves the province from any of its names, and expands the
 * words with the office's synonyms and old province names.
 */
@Singleton
class SearchRequests {

    private final PlacesApi places;
    private final TaxonomyApi taxonomy;
    private final SynonymsApi synonyms;
    private final Clock clock;

    SearchRequests(PlacesApi places, TaxonomyApi taxonomy, SynonymsApi synonyms, Clock clock) {
        this.places = places;
        this.taxonomy = taxonomy;
        this.synonyms = synonyms;
        this.clock = clock;
    }

    /** The sort named by a request parameter. */
    static ProductSort sort(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return ProductSort.RELEVANCE;
        }
        return ProductSort.parse(name)
                .orElseThrow(() -> refusal(List.of(SearchError.Violation.UNKNOWN_SORT.at("sort"))));
    }

    SearchCriteria criteria(ProductSearchQuery query) {
        List<FieldViolation> refused = new ArrayList<>();
        String q = query.q() == null ? "" : query.q().strip();
        if (q.length() > ProductSearchQuery.MAX_QUERY_LENGTH) {
            refused.add(SearchError.Violation.TEXT_TOO_LONG.at("q"));
        }
        String group = group(query.group(), refused);
        String subgroup = subgroup(group, query.subgroup(), refused);
        String province = province(query.province(), refused);
        Integer minStars = query.minStars();
        if (minStars != null && (minStars < 1 || minStars > 5)) {
            refused.add(SearchError.Violation.STARS_OUT_OF_RANGE.at("minStars"));
        }
        checkPrices(query.priceMin(), query.priceMax(), refused);
        int page = query.page() == null ? 1 : query.page();
        int size = query.size() == null ? ProductSearchQuery.DEFAULT_SIZE : query.size();
        if (size < 1 || size > ProductSearchQuery.MAX_SIZE) {
            refused.add(SearchError.Violation.SIZE_OUT_OF_RANGE.at("size"));
        } else if (page < 1 || (long) page * size > ProductSearchQuery.MAX_WINDOW) {
            refused.add(SearchError.Violation.PAGE_OUT_OF_RANGE.at("page"));
        }
        if (!refused.isEmpty()) {
            throw refusal(refused);
        }
        SearchFilters filters =
                new SearchFilters(
                        LocalDate.now(clock),
                        group,
                        subgroup,
                        province,
                        minStars,
                        query.priceMin(),
                        query.priceMax(),
                        query.producerId());
        return new SearchCriteria(
                phrasings(q),
                VietnameseText.hasDiacritics(q) ? Tokens.exact(q) : List.of(),
                SearchCriteria.Matching.EXACT,
                filters,
                query.sort() == null ? ProductSort.RELEVANCE : query.sort(),
                (page - 1) * size,
                size);
    }

    SuggestCriteria suggestion(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.length() > ProductSearchQuery.MAX_QUERY_LENGTH) {
            throw refusal(List.of(SearchError.Violation.TEXT_TOO_LONG.at("q")));
        }
        String folded = Tokens.joined(Tokens.folded(text));
        String exact =
                VietnameseText.hasDiacritics(text) ? Tokens.joined(Tokens.exact(text)) : null;
        return new SuggestCriteria(folded, exact, LocalDate.now(clock), limit);
    }

    /** The folded words of the query and of each of its expansions, without repeats. */
    private List<List<String>> phrasings(String q) {
        if (q.isEmpty()) {
            return List.of();
        }
        QueryExpansion expansion = synonyms.expand(q);
        Set<List<String>> phrasings = new LinkedHashSet<>();
        List<String> typed = Tokens.folded(q);
        if (!typed.isEmpty()) {
            phrasings.add(typed);
        }
        for (String phrasing : expansion.all()) {
            List<String> words = Tokens.folded(phrasing);
            if (!words.isEmpty()) {
                phrasings.add(words);
            }
        }
        return List.copyOf(phrasings);
    }

    private String group(@Nullable String code, List<FieldViolation> refused) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        if (taxonomy.groups().stream().noneMatch(g -> g.code().equals(wanted))) {
            refused.add(SearchError.Violation.UNKNOWN_GROUP.at("group"));
            return null;
        }
        return wanted;
    }

    private String subgroup(
            @Nullable String group, @Nullable String code, List<FieldViolation> refused) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        Optional<SubgroupView> found =
                taxonomy.groups().stream()
                        .filter(g -> group == null || g.code().equals(group))
                        .map(TaxonomyGroupView::subgroups)
                        .flatMap(List::stream)
                        .filter(s -> s.code().equals(wanted))
                        .findFirst();
        if (found.isEmpty()) {
            refused.add(SearchError.Violation.UNKNOWN_SUBGROUP.at("subgroup"));
            return null;
        }
        return wanted;
    }

    private String province(@Nullable String name, List<FieldViolation> refused) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<String> code = places.resolve(name).map(ProvinceView::code);
        if (code.isEmpty()) {
            refused.add(SearchError.Violation.UNKNOWN_PROVINCE.at("province"));
        }
        return code.orElse(null);
    }

    private static void checkPrices(Long min, Long max, List<FieldViolation> refused) {
        if (min != null && min < 0) {
            refused.add(SearchError.Violation.NEGATIVE_PRICE.at("priceMin"));
        }
        if (max != null && max < 0) {
            refused.add(SearchError.Violation.NEGATIVE_PRICE.at("priceMax"));
        }
        if (min != null && max != null && min >= 0 && max >= 0 && min > max) {
            refused.add(SearchError.Violation.PRICE_RANGE_REVERSED.at("priceMin"));
        }
    }

    private static DomainException refusal(List<FieldViolation> refused) {
        return new DomainException(
                SearchError.INVALID_SEARCH,
                "Invalid search parameters: "
                        + refused.stream().map(FieldViolation::field).toList(),
                refused,
                Map.of());
    }
}
