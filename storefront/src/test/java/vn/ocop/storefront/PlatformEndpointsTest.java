package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/** Health, metrics and the API description an operator and an integrator rely on. */
@MicronautTest(transactional = false)
class PlatformEndpointsTest {

    @Inject EmbeddedServer server;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @Test
    void health_is_up_with_database_and_search_components() {
        var health = client().get("/health");

        assertThat(health.status()).isEqualTo(200);
        var json = health.json();
        assertThat(json.get("status").asText()).isEqualTo("UP");
        assertThat(json.at("/details/jdbc/status").asText()).isEqualTo("UP");
        assertThat(json.at("/details/search/status").asText()).isEqualTo("UP");
        assertThat(json.at("/details/search/details/engine").asText()).isEqualTo("postgres");
    }

    @Test
    void prometheus_metrics_are_served() {
        var metrics = client().send(client().builder("/prometheus").GET());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void the_openapi_spec_and_swagger_ui_are_served() {
        var spec = client().send(client().builder("/swagger/ocop-market-api-v1.yml").GET());
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3", "/api/v1/accounts:", "/api/v1/auth/token:");

        var ui = client().send(client().builder("/swagger-ui/index.html").GET());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("ocop-market-api-v1.yml");
    }
}
