package vn.ocop.catalog.search.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

/**
 * Where {@code fuzzystrmatch} lives: the migration installs it in {@code catalog} unless a database
 * administrator had installed it in another schema already.
 */
@Singleton
class Extensions {

    private final JdbcOperations jdbc;
    private volatile String fuzzystrmatch;

    Extensions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The quoted schema of {@code fuzzystrmatch}, e.g. {@code "catalog"}. */
    @ReadOnly
    String fuzzystrmatch() {
        String schema = fuzzystrmatch;
        if (schema == null) {
            schema =
                    jdbc.prepareStatement(
                            "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n"
                                    + " ON n.oid = e.extnamespace WHERE e.extname = 'fuzzystrmatch'",
                            ps -> {
                                try (var rs = ps.executeQuery()) {
                                    if (!rs.next()) {
                                        throw new IllegalStateException(
                                                "Extension fuzzystrmatch is not installed");
                                    }
                                    return rs.getString(1);
                                }
                            });
            fuzzystrmatch = schema;
        }
        return schema;
    }
}
