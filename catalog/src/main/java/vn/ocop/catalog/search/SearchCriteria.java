package vn.ocop.catalog.search;

import java.util.List;
import vn.ocop.catalog.api.ProductSort;

/**
 * A checked, expanded search as the engines run it.
 *
 * <p>A product matches when, for at least one phrasing, every folded word is one of its words
 * ({@link Matching#EXACT}) or within {@link Fuzziness} of one ({@link Matching#FUZZY}). Relevance
 * is the sum of: 1 for the match; 2 when the name alone matches a phrasing; when the query carries
 * diacritics, 4 when the name has every typed word with its diacritics and 1 when the whole text
 * has; and a quarter point per star. Ties go to the most recently published, then the product id.
 * Without words every product matches with relevance from stars alone.
 *
 * @param phrasings the folded query's words, then the words of each synonym expansion; empty to
 *     list everything
 * @param exactWords the typed words with diacritics; empty when the query had none
 */
public record SearchCriteria(
        List<List<String>> phrasings,
        List<String> exactWords,
        Matching matching,
        SearchFilters filters,
        ProductSort sort,
        int offset,
        int limit) {

    /** Score points, shared by both engines so that they rank alike. */
    public static final double MATCH = 1, NAME = 2, EXACT_NAME = 4, EXACT_TEXT = 1, PER_STAR = 0.25;

    public enum Matching {
        EXACT,
        FUZZY
    }

    public SearchCriteria {
        phrasings = phrasings.stream().map(List::copyOf).toList();
        exactWords = List.copyOf(exactWords);
    }

    public boolean hasWords() {
        return !phrasings.isEmpty();
    }

    public SearchCriteria fuzzy() {
        return new SearchCriteria(
                phrasings, exactWords, Matching.FUZZY, filters, sort, offset, limit);
    }

    /** The same words with no filter but validity and no hits: does the text exist at all? */
    public SearchCriteria textOnlyCount() {
        return new SearchCriteria(
                phrasings, exactWords, matching, filters.onlyValidity(), sort, 0, 0);
    }
}
