package vn.ocop.catalog.search.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL text with its positional parameters, built in pieces. */
final class Sql {

    /** A {@code text[]} parameter. */
    record Words(List<String> words) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    static Sql of(String text, Object... params) {
        return new Sql().add(text, params);
    }

    Sql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Pieces joined by a separator, e.g. " OR ". */
    static Sql join(String separator, List<Sql> parts) {
        Sql joined = new Sql();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                joined.add(separator);
            }
            joined.add(parts.get(i));
        }
        return joined;
    }

    String text() {
        return text.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    PreparedStatement bind(PreparedStatement ps) throws SQLException {
        Connection connection = ps.getConnection();
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int at = i + 1;
            if (value instanceof Words w) {
                Array array = connection.createArrayOf("text", w.words().toArray());
                ps.setArray(at, array);
            } else if (value instanceof String s) {
                ps.setString(at, s);
            } else if (value instanceof Long l) {
                ps.setLong(at, l);
            } else if (value instanceof Integer n) {
                ps.setInt(at, n);
            } else if (value instanceof UUID || value instanceof LocalDate) {
                ps.setObject(at, value);
            } else {
                throw new IllegalArgumentException("Unsupported parameter " + value);
            }
        }
        return ps;
    }
}
