package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.kernel.VietnameseText;

/**
 * Finds the producers a cell names: several separated by ";" or new lines, each by its registration
 * number or by its name (without regard to diacritics or case). An unknown or ambiguous name is
 * reported on the cell.
 */
@Singleton
class ProducerMatcher {

    private final CatalogQueries queries;

    ProducerMatcher(CatalogQueries queries) {
        this.queries = queries;
    }

    /** A matcher for one import run, remembering the names it has looked up. */
    Session session() {
        return new Session();
    }

    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    final class Session {
        private final Map<String, List<UUID>> found = new HashMap<>();

        /** The producers of the cell, or null after reporting a name that matches none or many. */
        List<UUID> resolve(RowReader row, String column) {
            List<UUID> ids = new ArrayList<>();
            for (String name : split(row.text(column))) {
                List<UUID> matches = found.computeIfAbsent(name, this::lookUp);
                if (matches.isEmpty()) {
                    row.refuse(column, ImportError.UNKNOWN_PRODUCER, Map.of("name", name));
                    return null;
                }
                if (matches.size() > 1) {
                    row.refuse(column, ImportError.AMBIGUOUS_PRODUCER, Map.of("name", name));
                    return null;
                }
                ids.add(matches.get(0));
            }
            return ids;
        }

        private List<UUID> lookUp(String name) {
            List<UUID> byNumber = queries.producersByRegistration(name);
            return byNumber.isEmpty()
                    ? queries.producersByName(VietnameseText.fold(name))
                    : byNumber;
        }
    }
}
