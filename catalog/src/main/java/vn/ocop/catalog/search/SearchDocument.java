package vn.ocop.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What both engines index for one visible product: its card, its filter values and its text as
 * words ({@link Tokens}). Text comes in three parts that rank differently: the Vietnamese name; the
 * descriptions; and tags (English name, group, producers, provinces with all their old and other
 * names, communes, villages and former districts).
 *
 * @param prices prices of the active variants in VND
 * @param validUntil the last day of the certificate's validity: engines also filter on it, so a
 *     lapsed product leaves results on its date even before the expiry job has run
 */
public record SearchDocument(
        UUID productId,
        String nameVi,
        String nameEn,
        String groupCode,
        String subgroupCode,
        List<String> provinceCodes,
        List<UUID> producerIds,
        List<String> producerNames,
        int stars,
        List<Long> prices,
        Instant publishedAt,
        LocalDate validUntil,
        Text name,
        Text description,
        Text tags) {

    public SearchDocument {
        provinceCodes = List.copyOf(provinceCodes);
        producerIds = List.copyOf(producerIds);
        producerNames = List.copyOf(producerNames);
        prices = List.copyOf(prices);
    }

    /** Words of one part of the text, with and without diacritics, in reading order. */
    public record Text(List<String> exact, List<String> folded) {
        public Text {
            exact = List.copyOf(exact);
            folded = List.copyOf(folded);
        }

        public static Text of(Stream<String> parts) {
            List<String> texts = parts.filter(p -> p != null && !p.isBlank()).toList();
            return new Text(
                    texts.stream().flatMap(t -> Tokens.exact(t).stream()).toList(),
                    texts.stream().flatMap(t -> Tokens.folded(t).stream()).toList());
        }
    }

    /** Lowest active price, or null without an active variant. */
    public Long minPrice() {
        return prices.isEmpty() ? null : Collections.min(prices);
    }

    public Long maxPrice() {
        return prices.isEmpty() ? null : Collections.max(prices);
    }

    /** Every distinct exact word of the name, descriptions and tags. */
    public List<String> allExact() {
        return distinct(name.exact(), description.exact(), tags.exact());
    }

    /** Every distinct folded word of the name, descriptions and tags. */
    public List<String> allFolded() {
        return distinct(name.folded(), description.folded(), tags.folded());
    }

    @SafeVarargs
    private static List<String> distinct(List<String>... lists) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (List<String> list : lists) {
            words.addAll(list);
        }
        return List.copyOf(words);
    }
}
