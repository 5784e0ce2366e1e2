package vn.ocop.catalog.synonym;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.SynonymsApi;
import vn.ocop.testkit.WebClient;

/** The office's synonyms over HTTP and their effect on query expansion, on real PostgreSQL. */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = SynonymsTest.OFFICE_EMAIL)
@Property(name = "ocop.admin.password", value = SynonymsTest.OFFICE_PASSWORD)
class SynonymsTest {

    static final String OFFICE_EMAIL = "office@catalog.test";
    static final String OFFICE_PASSWORD = "office-password-1";

    @Inject SynonymsApi synonyms;
    @Inject EmbeddedServer server;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @Test
    void seeded_synonyms_and_old_province_names_expand_a_query() {
        assertThat(synonyms.expand("Trà xanh Thái Bình").alternatives())
                .containsExactly("che xanh thai binh", "tra xanh hung yen", "che xanh hung yen");
        assertThat(synonyms.expand("nước mắm Quảng Nam").alternatives())
                .containsExactly("nuoc mam da nang");
        assertThat(synonyms.expand("đặc sản Sài Gòn").alternatives())
                .containsExactly("dac san tphcm", "dac san ho chi minh");
        assertThat(synonyms.expand("gốm Bát Tràng Hà Nội").alternatives()).isEmpty();
        assertThat(synonyms.expand(" ").query()).isEmpty();
    }

    @Test
    void an_office_edit_changes_the_expansion_at_once() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));
        assertThat(synonyms.expand("keo lac Nghe An").alternatives())
                .containsExactly("keo dau phong nghe an");
        assertThat(synonyms.expand("mật ong bạc hà").alternatives()).isEmpty();

        var created =
                client.postJson(
                        "/api/v1/office/synonyms",
                        "{\"term\":\"mật ong bạc hà\",\"alternatives\":[\"mật ong hoa bạc hà\"],"
                                + "\"kind\":\"PRODUCT\"}",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("createdAt").asText()).isNotBlank();
        assertThat(synonyms.expand("Mật ong bạc hà Hà Giang").alternatives())
                .containsExactly(
                        "mat ong hoa bac ha ha giang",
                        "mat ong bac ha tuyen quang",
                        "mat ong hoa bac ha tuyen quang");

        var changed =
                client.putJson(
                        "/api/v1/office/synonyms/" + id,
                        "{\"term\":\"mật ong bạc hà\",\"alternatives\":[\"mật ong hoa bạc hà\","
                                + "\"mật bạc hà\"],\"kind\":\"product\"}",
                        office);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(synonyms.expand("mat ong bac ha").alternatives())
                .containsExactly("mat ong hoa bac ha", "mat bac ha");
        var listed = client.get("/api/v1/office/synonyms", office);
        assertThat(listed.status()).isEqualTo(200);
        List<String> terms = new ArrayList<>();
        listed.json().forEach(s -> terms.add(s.get("term").asText()));
        assertThat(terms).contains("mật ong bạc hà", "TPHCM", "chè xanh");

        var removed = delete(client, "/api/v1/office/synonyms/" + id, office);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(synonyms.expand("mat ong bac ha").alternatives()).isEmpty();
        assertThat(delete(client, "/api/v1/office/synonyms/" + id, office).status()).isEqualTo(404);
    }

    @Test
    void only_the_office_reads_or_edits_synonyms() {
        var client = client();
        String consumer = client.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        String body = "{\"term\":\"bưởi\",\"alternatives\":[\"bòng\"],\"kind\":\"PRODUCT\"}";

        assertThat(client.get("/api/v1/office/synonyms").status()).isEqualTo(401);
        assertThat(client.postJson("/api/v1/office/synonyms", body).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/office/synonyms", bearer(consumer)).status()).isEqualTo(403);
        var forbidden = client.postJson("/api/v1/office/synonyms", body, bearer(consumer));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asText()).isEqualTo("platform.forbidden");
        assertThat(delete(client, "/api/v1/office/synonyms/1", bearer(consumer)).status())
                .isEqualTo(403);
        assertThat(synonyms.expand("buoi").alternatives()).isEmpty();
    }

    @Test
    void invalid_synonyms_get_422_naming_every_field_and_change_nothing() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));

        var refused =
                client.postJson(
                        "/api/v1/office/synonyms",
                        "{\"term\":\"  \",\"alternatives\":[\"ổi\",\"Ói\",\"\",\"...\"],"
                                + "\"kind\":\"COLOUR\"}",
                        office);
        var empty =
                client.postJson(
                        "/api/v1/office/synonyms",
                        "{\"term\":\"ổi\",\"alternatives\":[],\"kind\":\"SPELLING\"}",
                        office);
        var unchanged =
                client.putJson(
                        "/api/v1/office/synonyms/1",
                        "{\"term\":\"Đồ Sơn\",\"alternatives\":[\"" + "x".repeat(101) + "\"]}",
                        office);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText())
                .isEqualTo("catalog.synonym-phrase-required");
        assertThat(errorFields(refused))
                .containsExactly(
                        "term", "alternatives[1]", "alternatives[2]", "alternatives[3]", "kind");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(errorFields(empty)).containsExactly("alternatives");
        assertThat(unchanged.status()).isEqualTo(422);
        assertThat(errorFields(unchanged)).containsExactly("alternatives[0]", "kind");
        assertThat(synonyms.expand("oi").alternatives()).isEmpty();
        assertThat(synonyms.expand("Đồ Sơn").alternatives()).containsExactly("deo son");
    }

    @Test
    void a_term_already_used_gets_409_and_an_unknown_id_404() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));

        var taken =
                client.postJson(
                        "/api/v1/office/synonyms",
                        "{\"term\":\"CHE XANH\",\"alternatives\":[\"trà mạn\"],\"kind\":\"PRODUCT\"}",
                        office);
        var unknown =
                client.putJson(
                        "/api/v1/office/synonyms/999999",
                        "{\"term\":\"chè\",\"alternatives\":[\"trà\"],\"kind\":\"PRODUCT\"}",
                        office);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asText()).isEqualTo("catalog.synonym-exists");
        assertThat(synonyms.expand("che xanh").alternatives()).containsExactly("tra xanh");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("catalog.synonym-not-found");
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static List<String> errorFields(WebClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static WebClient.Response delete(WebClient client, String path, String... headers) {
        return client.send(
                client.builder(path, headers).header("Accept", "application/json").DELETE());
    }
}
