package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * A search query folded ({@link vn.ocop.kernel.VietnameseText#fold}) and the other folded ways of
 * saying it, from the office's synonyms and from province names: "Nước mắm Quảng Nam" gives {@code
 * query} "nuoc mam quang nam" and the alternative "nuoc mam da nang". Alternatives are words
 * separated by single spaces, without punctuation, at most {@link #MAX_ALTERNATIVES}.
 */
@Serdeable
public record QueryExpansion(String query, List<String> alternatives) {

    public static final int MAX_ALTERNATIVES = 16;

    public QueryExpansion {
        alternatives = List.copyOf(alternatives);
    }

    /** The query followed by its alternatives. */
    public List<String> all() {
        List<String> all = new ArrayList<>(alternatives.size() + 1);
        all.add(query);
        all.addAll(alternatives);
        return all;
    }
}
