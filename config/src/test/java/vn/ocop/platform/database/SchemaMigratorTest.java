package vn.ocop.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ocop.platform.database.api.DatabaseStartup;
import vn.ocop.platform.database.api.ModuleSchema;
import vn.ocop.testkit.TestDatabase;

/**
 * The migrations start before the data source exists (issue 7, start to ready) and fall back to the
 * pool when that early run fails; each case on a fresh database of the real PostgreSQL.
 */
class SchemaMigratorTest {

    private static final ModuleSchema PLATFORM = schema("platform");

    @Test
    void migrates_on_its_own_connections_before_the_data_source_exists() throws Exception {
        Database db = Database.fresh();
        AtomicInteger awaited = new AtomicInteger();
        DatabaseStartup startup = awaited::incrementAndGet;

        SchemaMigrator migrator =
                new SchemaMigrator(
                        List.of(PLATFORM), db.url, db.user, db.password, List.of(startup));

        // No data source has been handed to the migrator: the history appears all the same.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.appliedMigrations() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.appliedMigrations()).isPositive();
        assertThat(awaited).hasValue(1);

        CountingDataSource pool = new CountingDataSource(null);
        assertThat(migrator.awaitMigrations(pool)).isSameAs(pool);
        assertThat(pool.connections)
                .as("the pool is not used when the early run worked")
                .hasValue(0);
    }

    @Test
    void migrates_on_the_pool_when_the_early_run_cannot_connect() throws Exception {
        Database db = Database.fresh();
        SchemaMigrator migrator =
                new SchemaMigrator(
                        List.of(PLATFORM),
                        "jdbc:postgresql://127.0.0.1:1/nowhere",
                        db.user,
                        db.password,
                        List.of());

        CountingDataSource pool = new CountingDataSource(db.dataSource());
        assertThat(migrator.awaitMigrations(pool)).isSameAs(pool);

        assertThat(pool.connections.get()).isPositive();
        assertThat(db.appliedMigrations()).isPositive();
    }

    @Test
    void migrates_on_the_pool_when_no_url_is_configured() throws Exception {
        Database db = Database.fresh();
        SchemaMigrator migrator =
                new SchemaMigrator(List.of(PLATFORM), null, null, null, List.of());

        CountingDataSource pool = new CountingDataSource(db.dataSource());
        migrator.awaitMigrations(pool);

        assertThat(pool.connections.get()).isPositive();
        assertThat(db.appliedMigrations()).isPositive();
    }

    @Test
    void a_migration_that_fails_both_ways_stops_the_start() {
        Database db = Database.fresh();
        SchemaMigrator migrator =
                new SchemaMigrator(
                        List.of(schema("no_such_module")), db.url, db.user, db.password, List.of());

        assertThatThrownBy(() -> migrator.awaitMigrations(db.dataSource()))
                .hasMessageContaining("db/migration/no_such_module");
    }

    @Test
    void a_database_that_never_started_is_reported_and_the_pool_is_tried() {
        Database db = Database.fresh();
        DatabaseStartup failed =
                () -> {
                    throw new IllegalStateException("Embedded PostgreSQL did not start");
                };
        SchemaMigrator migrator =
                new SchemaMigrator(
                        List.of(PLATFORM), db.url, db.user, db.password, List.of(failed));

        CountingDataSource unreachable = new CountingDataSource(null);
        assertThatThrownBy(() -> migrator.awaitMigrations(unreachable))
                .hasMessageContaining("no database");
        assertThat(unreachable.connections.get()).isPositive();
    }

    private static ModuleSchema schema(String name) {
        return new ModuleSchema() {
            @Override
            public String schema() {
                return name;
            }

            @Override
            public int order() {
                return 0;
            }
        };
    }

    private record Database(String url, String user, String password) {

        static Database fresh() {
            Map<String, Object> props = TestDatabase.freshDatabaseProperties();
            return new Database(
                    (String) props.get("datasources.default.url"),
                    (String) props.get("datasources.default.username"),
                    String.valueOf(props.getOrDefault("datasources.default.password", "")));
        }

        DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }

        int appliedMigrations() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    var exists =
                            c.createStatement()
                                    .executeQuery(
                                            "SELECT to_regclass('platform.flyway_schema_history')"
                                                    + " IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return 0;
                }
                try (var rs =
                        c.createStatement()
                                .executeQuery(
                                        "SELECT count(*) FROM platform.flyway_schema_history"
                                                + " WHERE success AND version IS NOT NULL")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }

    /** A data source that counts the connections asked of it; without a target it has none. */
    private static final class CountingDataSource implements DataSource {
        final AtomicInteger connections = new AtomicInteger();
        private final DataSource target;

        CountingDataSource(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            if (target == null) {
                throw new SQLException("no database behind this data source");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
