package vn.ocop.catalog.search.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Each word's spellings, the word itself first; call inside a transaction. */
    Map<String, List<String>> similar(List<List<String>> phrasings) {
        Map<String, List<String>> similar = new LinkedHashMap<>();
        phrasings.stream()
                .flatMap(List::stream)
                .distinct()
                .forEach(word -> similar.put(word, spellings(word)));
        return similar;
    }

    private List<String> spellings(String word) {
        int edits = Fuzziness.maxEdits(word);
        List<String> spellings = new ArrayList<>();
        spellings.add(word);
        if (edits == 0) {
            return spellings;
        }
        int length = word.codePointCount(0, word.length());
        String sql =
                "SELECT term FROM catalog.search_terms WHERE length(term) BETWEEN ? AND ? AND "
                        + extensions.fuzzystrmatch()
                        + ".levenshtein_less_equal(term, ?, ?) <= ?";
        List<String> candidates =
                jdbc.prepareStatement(
                        sql,
                        ps -> {
                            ps.setInt(1, length - edits);
                            ps.setInt(2, length + edits);
                            ps.setString(3, word);
                            ps.setInt(4, edits + 1);
                            ps.setInt(5, edits + 1);
                            List<String> found = new ArrayList<>();
                            try (var rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    found.add(rs.getString(1));
                                }
                            }
                            return found;
                        });
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
