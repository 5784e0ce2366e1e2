package vn.ocop.catalog.search;

import java.time.LocalDate;

/**
 * Names in which a run of words starts with the typed prefix: all its words but the last match
 * whole words, the last one the start of a word ("nuoc m" matches "nước mắm"). Ranked by 2 points
 * when the name has the prefix with its diacritics, plus a quarter point per star, then by folded
 * name and id.
 *
 * @param folded the prefix's folded words joined by spaces
 * @param exact the prefix's exact words joined by spaces; null when it has no diacritics
 * @param limit how many names to return before duplicates are removed
 */
public record SuggestCriteria(String folded, String exact, LocalDate today, int limit) {

    public static final double EXACT_PREFIX = 2;
}
