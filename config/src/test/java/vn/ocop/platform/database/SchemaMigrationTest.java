package vn.ocop.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SchemaMigrationTest {

    @Inject DataSource dataSource;

    @Test
    void migrates_the_platform_schema_into_real_postgresql() throws SQLException {
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var rs =
                        c.createStatement()
                                .executeQuery(
                                        "SELECT version(), (SELECT count(*) FROM"
                                                + " platform.flyway_schema_history WHERE success)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
            assertThat(rs.getInt(2)).isPositive();
        }
    }
}
