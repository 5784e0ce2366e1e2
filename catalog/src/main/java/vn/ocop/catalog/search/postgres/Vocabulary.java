package vn.ocop.catalog.search.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.search.Fuzziness;

/**
 * Similar spellings of typed words among the indexed words ({@code catalog.search_terms}), by
 * Elasticsearch's AUTO rule. Levenshtein (which counts a swap as two edits) narrows the candidates
 * in SQL with one edit to spare; the exact distance with swaps is then checked here.
 */
@Singleton
class Vocabulary {

    /** As Elasticsearch's {@code max_expansions}. */
    static final int MAX_SPELLINGS = 50;

    private final JdbcOperations jdbc;
    private final Extensions extensions;

    Vocabulary(JdbcOperations jdbc, Extensions extensions) {
        this.jdbc = jdbc;
        this.extensions = extensions;
    }

    /**
     * Each word's spellings, the word itself first; call inside a transaction. The candidates of
     * all words come from one statement.
     */
    Map<String, List<String>> similar(List<List<String>> phrasings) {
        List<String> words = phrasings.stream().flatMap(List::stream).distinct().toList();
        List<String> fuzzy = words.stream().filter(word -> Fuzziness.maxEdits(word) > 0).toList();
        Map<String, List<String>> candidates = fuzzy.isEmpty() ? Map.of() : candidates(fuzzy);
        Map<String, List<String>> similar = new LinkedHashMap<>();
        for (String word : words) {
            similar.put(word, spellings(word, candidates.getOrDefault(word, List.of())));
        }
        return similar;
    }

    /**
     * Indexed words whose Levenshtein distance to each word is at most one more than the word's
     * allowed edits (a swap counts two there).
     */
    private Map<String, List<String>> candidates(List<String> words) {
        String sql =
                "SELECT w.word, t.term FROM unnest(?::text[], ?::int[]) AS w(word, edits)"
                        + " JOIN catalog.search_terms t ON length(t.term) BETWEEN"
                        + " length(w.word) - w.edits AND length(w.word) + w.edits AND "
                        + extensions.fuzzystrmatch()
                        + ".levenshtein_less_equal(t.term, w.word, w.edits + 1) <= w.edits + 1";
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    Connection connection = ps.getConnection();
                    ps.setArray(1, connection.createArrayOf("text", words.toArray()));
                    ps.setArray(
                            2,
                            connection.createArrayOf(
                                    "int4", words.stream().map(Fuzziness::maxEdits).toArray()));
                    Map<String, List<String>> found = new HashMap<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.computeIfAbsent(rs.getString(1), w -> new ArrayList<>())
                                    .add(rs.getString(2));
                        }
                    }
                    return found;
                });
    }

    private static List<String> spellings(String word, List<String> candidates) {
        int edits = Fuzziness.maxEdits(word);
        List<String> spellings = new ArrayList<>();
        spellings.add(word);
        candidates.stream()
                .filter(term -> !term.equals(word))
                .filter(term -> Fuzziness.distance(term, word) <= edits)
                .sorted(
                        Comparator.comparingInt((String term) -> Fuzziness.distance(term, word))
                                .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SPELLINGS - 1)
                .forEach(spellings::add);
        return spellings;
    }
}
