package vn.ocop.catalog.synonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.catalog.api.QueryExpansion;
import vn.ocop.kernel.VietnameseText;

/**
 * Phrases (as folded words) and what each may be replaced with. A query is read left to right; at
 * each word the longest known phrase starting there is taken, so "tp ho chi minh" is one phrase,
 * not "ho chi minh" after a stray "tp". Alternatives are the combinations of replacements, one
 * replacement before two, earlier phrases before later ones, at most {@link
 * QueryExpansion#MAX_ALTERNATIVES}.
 */
final class SynonymDictionary {

    private final Map<List<String>, Set<String>> replacements = new HashMap<>();
    private int longestPhrase = 1;

    /** Phrasings that stand for one another in both directions. */
    SynonymDictionary addEquivalents(Collection<String> phrasings) {
        List<List<String>> phrases =
                phrasings.stream().map(Phrases::words).filter(w -> !w.isEmpty()).toList();
        for (List<String> phrase : phrases) {
            Set<String> others = entry(phrase);
            for (List<String> other : phrases) {
                if (!other.equals(phrase)) {
                    others.add(String.join(" ", other));
                }
            }
        }
        return this;
    }

    /** A phrasing that may be replaced by another, but not the other way round. */
    SynonymDictionary addRewrite(String from, String to) {
        List<String> source = Phrases.words(from);
        List<String> target = Phrases.words(to);
        if (!source.isEmpty() && !target.isEmpty()) {
            Set<String> entry = entry(source);
            if (!source.equals(target)) {
                entry.add(String.join(" ", target));
            }
        }
        return this;
    }

    private Set<String> entry(List<String> phrase) {
        longestPhrase = Math.max(longestPhrase, phrase.size());
        return replacements.computeIfAbsent(List.copyOf(phrase), p -> new LinkedHashSet<>());
    }

    QueryExpansion expand(String query) {
        String folded = VietnameseText.fold(query);
        List<String> words = Phrases.words(query);
        List<List<String>> segments = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = Math.min(longestPhrase, words.size() - i);
            while (length > 1 && !replacements.containsKey(words.subList(i, i + length))) {
                length--;
            }
            List<String> phrase = words.subList(i, i + length);
            List<String> options = new ArrayList<>();
            options.add(String.join(" ", phrase));
            options.addAll(replacements.getOrDefault(phrase, Set.of()));
            segments.add(options);
            i += length;
        }
        String original = String.join(" ", words);
        Set<String> alternatives = new LinkedHashSet<>();
        long replaceable = segments.stream().filter(options -> options.size() > 1).count();
        for (int count = 1; count <= replaceable; count++) {
            replace(segments, count, 0, new ArrayList<>(segments.size()), alternatives);
        }
        alternatives.remove(original);
        alternatives.remove(folded);
        return new QueryExpansion(
                folded, alternatives.stream().limit(QueryExpansion.MAX_ALTERNATIVES).toList());
    }

    /**
     * Adds every phrasing with exactly {@code count} more segments replaced from {@code index} on,
     * earlier segments first, until there are enough alternatives.
     */
    private static void replace(
            List<List<String>> segments,
            int count,
            int index,
            List<String> chosen,
            Set<String> out) {
        if (out.size() > QueryExpansion.MAX_ALTERNATIVES) {
            return;
        }
        if (count == 0 || index == segments.size()) {
            if (count == 0) {
                List<String> text = new ArrayList<>(chosen);
                for (int i = index; i < segments.size(); i++) {
                    text.add(segments.get(i).get(0));
                }
                out.add(String.join(" ", text));
            }
            return;
        }
        if (segments.size() - index < count) {
            return;
        }
        List<String> options = segments.get(index);
        for (int o = 1; o < options.size(); o++) {
            chosen.add(options.get(o));
            replace(segments, count - 1, index + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
        chosen.add(options.get(0));
        replace(segments, count, index + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
    }
}
