package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.storefront.boot.BootEnvironment;
import vn.ocop.testkit.WebClient;

/**
 * The application as the README starts it — embedded PostgreSQL with its data in OCOP_DATA_DIR —
 * started, stopped and started again on the same folder: accounts and sessions survive.
 */
class PersistenceAcrossRestartTest {

    @TempDir Path dataDir;

    private record Running(BootEnvironment boot, ApplicationContext context, WebClient client) {
        void stop() {
            context.close();
            boot.stopDatabase();
        }
    }

    private Running start() {
        BootEnvironment boot = BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", dataDir.toString()));
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        return new Running(boot, context, new WebClient(server.getURI()));
    }

    @Test
    void a_registered_consumer_logs_in_again_after_a_restart_and_keeps_the_session() {
        Running first = start();
        String token;
        try {
            var created =
                    first.client()
                            .postJson(
                                    "/api/v1/accounts",
                                    "{\"email\":\"hoa@example.vn\",\"displayName\":\"Lê Thị Hoa\","
                                            + "\"password\":\"mat-khau-123\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            var login =
                    first.client()
                            .postJson(
                                    "/api/v1/auth/token",
                                    "{\"identifier\":\"hoa@example.vn\",\"password\":\"mat-khau-123\"}");
            token = login.json().get("access_token").asText();
        } finally {
            first.stop();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("secret"))).isTrue();

        Running second = start();
        try {
            var again =
                    second.client()
                            .postJson(
                                    "/api/v1/auth/token",
                                    "{\"identifier\":\"hoa@example.vn\",\"password\":\"mat-khau-123\"}");
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            var me = second.client().get("/api/v1/me", "Authorization", "Bearer " + token);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("displayName").asText()).isEqualTo("Lê Thị Hoa");
        } finally {
            second.stop();
        }
    }
}
