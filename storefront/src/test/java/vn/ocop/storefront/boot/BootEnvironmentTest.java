package vn.ocop.storefront.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL starts in the background: {@link BootEnvironment#prepare} hands out the
 * data-source properties at once, {@link EmbeddedDatabaseGate} (through {@code
 * awaitEmbeddedDatabase}) waits for the server, and stopping while it still starts waits for the
 * start and then stops it.
 */
class BootEnvironmentTest {

    @TempDir Path dataDir;

    @Test
    void the_properties_name_the_port_the_server_then_accepts_connections_on() throws SQLException {
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        try {
            int port = (Integer) boot.properties().get(BootEnvironment.EMBEDDED_PORT_PROPERTY);
            assertThat((String) boot.properties().get("datasources.default.url"))
                    .isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");

            BootEnvironment.awaitEmbeddedDatabase(port);

            try (Connection connection =
                            DriverManager.getConnection(
                                    (String) boot.properties().get("datasources.default.url"));
                    ResultSet rows =
                            connection.createStatement().executeQuery("show server_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).startsWith("17.");
            }
        } finally {
            boot.stopDatabase();
        }
    }

    @Test
    void stopping_while_the_server_still_starts_waits_for_it_and_stops_it() {
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));

        boot.stopDatabase();

        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isFalse();
    }

    @Test
    void an_external_database_is_used_as_given_and_nothing_is_started() {
        BootEnvironment boot =
                BootEnvironment.prepare(
                        Map.of(
                                "OCOP_DATA_DIR",
                                dataDir.toString(),
                                "OCOP_DATABASE_URL",
                                "jdbc:postgresql://db.example:5432/ocop"));

        assertThat(boot.properties())
                .containsEntry("datasources.default.url", "jdbc:postgresql://db.example:5432/ocop")
                .doesNotContainKey(BootEnvironment.EMBEDDED_PORT_PROPERTY);
        assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
        boot.stopDatabase();
    }
}
