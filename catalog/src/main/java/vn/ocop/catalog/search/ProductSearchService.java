package vn.ocop.catalog.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.kernel.DomainException;

/**
 * Searches with whichever engine is configured. Words are matched exactly (diacritics aside) first;
 * only when no visible product has them all, whatever the filters, are similar spellings tried, and
 * the result says so ({@code approximate}).
 */
@Singleton
class ProductSearchService implements ProductSearchApi {

    private static final Logger LOG = LoggerFactory.getLogger(ProductSearchService.class);
    private static final int SUGGESTIONS = 10;

    private final SearchEngine engine;
    private final SearchRequests requests;

    ProductSearchService(SearchEngine engine, SearchRequests requests) {
        this.engine = engine;
        this.requests = requests;
    }

    @Override
    public ProductSearchResult search(ProductSearchQuery query) {
        SearchCriteria criteria = requests.criteria(query);
        SearchPage page = answer(() -> engine.search(criteria));
        boolean approximate = false;
        if (page.total() == 0 && criteria.hasWords() && textNowhere(criteria)) {
            page = answer(() -> engine.search(criteria.fuzzy()));
            approximate = page.total() > 0;
        }
        Set<String> words = new HashSet<>();
        criteria.phrasings().forEach(words::addAll);
        List<ProductSearchResult.Hit> hits = new ArrayList<>(page.hits().size());
        for (ProductSearchResult.Hit hit : page.hits()) {
            hits.add(hit.withHighlight(SearchHighlighter.highlight(hit.nameVi(), words)));
        }
        return new ProductSearchResult(
                page.total(),
                criteria.offset() / criteria.limit() + 1,
                criteria.limit(),
                approximate,
                hits,
                page.facets());
    }

    @Override
    public List<String> suggest(String prefix) {
        SuggestCriteria criteria = requests.suggestion(prefix, SUGGESTIONS * 3);
        if (criteria.folded().isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>(answer(() -> engine.suggest(criteria)));
        return names.stream().limit(SUGGESTIONS).toList();
    }

    /**
     * Whether the words match nothing even without the filters; when nothing but validity filtered
     * the search that found nothing, that search already answered.
     */
    private boolean textNowhere(SearchCriteria criteria) {
        SearchFilters filters = criteria.filters();
        return filters.equals(filters.onlyValidity())
                || answer(() -> engine.search(criteria.textOnlyCount())).total() == 0;
    }

    private <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (SearchUnavailableException e) {
            LOG.warn("Search engine {} unavailable: {}", engine.name(), e.getMessage());
            throw new DomainException(SearchError.UNAVAILABLE, "Search is temporarily unavailable");
        }
    }
}
