package vn.ocop.catalog.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The provinces' targets through the REST API: the office sets, replaces, lists and removes them; a
 * province given by name is stored by its code; bad values are refused by field and nothing is
 * stored; other roles are refused.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@targets.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class OfficeTargetsApiTest {

    @Inject EmbeddedServer server;

    WebClient http;
    String office;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@targets.test", "office-password-1");
    }

    @Test
    void the_office_sets_replaces_lists_and_removes_a_target() {
        var saved =
                http.putJson(
                        "/api/v1/office/targets/2026/Hải Phòng/FOOD".replace(" ", "%20"),
                        "{\"target\":12}",
                        "Authorization",
                        office);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("provinceCode").asText()).isEqualTo("hai-phong");
        http.putJson(
                "/api/v1/office/targets/2026/hai-phong/FOOD",
                "{\"target\":15}",
                "Authorization",
                office);
        http.putJson(
                "/api/v1/office/targets/2027/hai-phong/FOOD",
                "{\"target\":20}",
                "Authorization",
                office);

        var listed = http.get("/api/v1/office/targets?year=2026", "Authorization", office);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.json().get(0).get("target").asInt()).isEqualTo(15);
        assertThat(listed.json().get(0).get("groupCode").asText()).isEqualTo("FOOD");

        var removed =
                http.send(
                        http.builder(
                                        "/api/v1/office/targets/2026/hai-phong/FOOD",
                                        "Authorization",
                                        office)
                                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/office/targets?year=2026", "Authorization", office).json())
                .isEmpty();
        assertThat(http.get("/api/v1/office/targets?year=2027", "Authorization", office).json())
                .hasSize(1);
    }

    @Test
    void bad_values_are_refused_by_field_and_nothing_is_stored() {
        var refused =
                http.putJson(
                        "/api/v1/office/targets/1999/khong-co/NOT_A_GROUP",
                        "{\"target\":-1}",
                        "Authorization",
                        office);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains(
                        "\"provinceCode\"",
                        "\"groupCode\"",
                        "\"year\"",
                        "\"target\"",
                        "catalog.target-out-of-range");
        assertThat(http.get("/api/v1/office/targets?year=1999", "Authorization", office).json())
                .isEmpty();
    }

    @Test
    void only_the_office_may_read_or_set_targets() {
        String consumer = "Bearer " + http.consumerToken("khach-targets@example.vn");
        assertThat(http.get("/api/v1/office/targets?year=2026").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/office/targets?year=2026", "Authorization", consumer).status())
                .isEqualTo(403);
        assertThat(
                        http.putJson(
                                        "/api/v1/office/targets/2026/hai-phong/FOOD",
                                        "{\"target\":3}",
                                        "Authorization",
                                        consumer)
                                .status())
                .isEqualTo(403);
    }
}
