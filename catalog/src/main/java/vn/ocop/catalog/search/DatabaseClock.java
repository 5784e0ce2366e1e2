package vn.ocop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

/**
 * Versions of index writes: PostgreSQL's clock in microseconds, read before the product is read.
 * One clock for every instance, so a later read always carries a larger version.
 */
@Singleton
public class DatabaseClock {

    private final JdbcOperations jdbc;

    DatabaseClock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public long micros() {
        return jdbc.prepareStatement(
                "SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint",
                ps -> {
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }
}
