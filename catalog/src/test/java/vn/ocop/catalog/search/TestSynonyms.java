package vn.ocop.catalog.search;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceAliasView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.QueryExpansion;
import vn.ocop.catalog.api.SynonymsApi;
import vn.ocop.kernel.VietnameseText;

/**
 * Query expansion for tests while the synonyms dictionary is built elsewhere: the same data (the
 * office's {@code catalog.synonyms} rows, both ways, and every province name leading to its current
 * name), one phrase replaced per alternative. {@code @Secondary}: the real dictionary wins as soon
 * as it is on the class path.
 */
@Singleton
@Secondary
class TestSynonyms implements SynonymsApi {

    private final JdbcOperations jdbc;
    private final PlacesApi places;

    TestSynonyms(JdbcOperations jdbc, PlacesApi places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @Override
    @ReadOnly
    public QueryExpansion expand(String query) {
        List<String> words = Tokens.folded(query);
        if (words.isEmpty()) {
            return new QueryExpansion("", List.of());
        }
        Set<String> alternatives = new LinkedHashSet<>();
        for (Map.Entry<List<String>, List<List<String>>> rule : rules().entrySet()) {
            int at = Collections.indexOfSubList(words, rule.getKey());
            if (at < 0) {
                continue;
            }
            for (List<String> replacement : rule.getValue()) {
                List<String> alternative = new ArrayList<>(words.subList(0, at));
                alternative.addAll(replacement);
                alternative.addAll(words.subList(at + rule.getKey().size(), words.size()));
                if (!alternative.equals(words)) {
                    alternatives.add(String.join(" ", alternative));
                }
            }
        }
        return new QueryExpansion(
                VietnameseText.fold(query),
                alternatives.stream().limit(QueryExpansion.MAX_ALTERNATIVES).toList());
    }

    private Map<List<String>, List<List<String>>> rules() {
        Map<List<String>, List<List<String>>> rules = new java.util.LinkedHashMap<>();
        jdbc.prepareStatement(
                "SELECT term, alternatives FROM catalog.synonyms",
                ps -> {
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            List<String> phrasings = new ArrayList<>();
                            phrasings.add(rs.getString(1));
                            Array array = rs.getArray(2);
                            for (Object alternative : (Object[]) array.getArray()) {
                                phrasings.add((String) alternative);
                            }
                            for (String from : phrasings) {
                                for (String to : phrasings) {
                                    if (!from.equals(to)) {
                                        rules.computeIfAbsent(
                                                        Tokens.folded(from), k -> new ArrayList<>())
                                                .add(Tokens.folded(to));
                                    }
                                }
                            }
                        }
                    }
                    return null;
                });
        for (ProvinceView province : places.provinces()) {
            List<String> current = Tokens.folded(province.nameVi());
            if (current.size() > 1 && current.get(0).equals("tp")) {
                current = current.subList(1, current.size());
            }
            for (ProvinceAliasView alias : province.aliases()) {
                List<String> old = Tokens.folded(alias.name());
                if (!old.equals(current)) {
                    rules.computeIfAbsent(old, k -> new ArrayList<>()).add(current);
                }
            }
        }
        return rules;
    }
}
