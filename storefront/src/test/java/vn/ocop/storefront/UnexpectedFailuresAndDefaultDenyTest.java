package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

@MicronautTest(transactional = false)
class UnexpectedFailuresAndDefaultDenyTest {

    @Inject EmbeddedServer server;

    @Test
    void a_bug_becomes_a_500_problem_with_an_incident_id_and_no_internals() {
        var response = new WebClient(server.getURI()).get("/test-probe/explode");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("platform.internal-error");
        assertThat(response.json().get("detail").asText()).matches(".*[0-9a-f-]{36}.*");
        assertThat(response.body())
                .doesNotContain("hunter2", "jdbc", "IllegalStateException", "vn.ocop");
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_503_to_retry_not_a_500() {
        var response = new WebClient(server.getURI()).get("/test-probe/database-down");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("platform.unavailable");
        assertThat(response.json().get("title").asText())
                .isEqualTo("Dịch vụ tạm thời không khả dụng");
        assertThat(response.body())
                .doesNotContain("jdbc", "127.0.0.1", "PSQLException", "incident");
    }

    @Test
    void a_route_without_a_declared_rule_is_refused_to_everyone() {
        var anonymous = new WebClient(server.getURI());
        assertThat(anonymous.get("/test-probe/undeclared").status()).isEqualTo(401);

        var consumer = new WebClient(server.getURI());
        String email = "deny-" + UUID.randomUUID() + "@example.vn";
        consumer.postJson(
                "/api/v1/accounts",
                "{\"email\":\""
                        + email
                        + "\",\"displayName\":\"A\",\"password\":\"mat-khau-123\"}");
        String token =
                consumer.postJson(
                                "/api/v1/auth/token",
                                "{\"identifier\":\"" + email + "\",\"password\":\"mat-khau-123\"}")
                        .json()
                        .get("access_token")
                        .asText();
        var refused = consumer.get("/test-probe/undeclared", "Authorization", "Bearer " + token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("leaked");
    }
}
