package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The GS1-conformant resolver over real HTTP: redirects by link type, the linkset, HEAD, CORS,
 * query pass-through, the certificate as JSON-LD read live, and 400/404 problems.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@resolver.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
@Property(name = "ocop.traceability.resolver.cache-ttl", value = "0s")
// The test server listens on localhost, where Micronaut refuses foreign origins against drive-by
// attacks on developer machines; the public host has no such check.
@Property(name = "micronaut.server.cors.localhost-pass-through", value = "true")
class ResolverTest {

    static final String HOST = "https://ocop.example.vn";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@resolver.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    /** A published product with a registered batch; gtin is the GTIN-14. */
    record Code(UUID producerId, String member, String gtin, String productId, String lot) {}

    Code batch(String lot) {
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin13 = Catalogue.freshGtin();
        String productId = catalogue.publishedProduct(producer, member, gtin13);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        fishSauce(gtin13, lot),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Code(producer, member, "0" + gtin13, productId, lot);
    }

    /** HEAD and OPTIONS requests. */
    WebClient.Response send(String method, String path, String... headers) {
        return http.send(
                http.builder(path, headers)
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void a_scan_redirects_to_the_consumer_page_at_each_level_with_link_and_cors_headers() {
        Code code = batch("NM/2026-01");
        String lotPath = "/01/" + code.gtin() + "/10/NM%2F2026-01";

        var lot = http.get(lotPath);
        assertThat(lot.status()).as(lot.body()).isEqualTo(307);
        assertThat(lot.header("Location"))
                .isEqualTo(HOST + "/trace/01/" + code.gtin() + "/10/NM%2F2026-01");
        assertThat(lot.header("Link"))
                .isEqualTo(
                        "<"
                                + HOST
                                + lotPath
                                + "?linkType=linkset>; rel=\"linkset\";"
                                + " type=\"application/linkset+json\"");
        assertThat(lot.header("Access-Control-Allow-Origin")).isEqualTo("*");

        var unit = http.get(lotPath + "/21/AB7K9QZX2M");
        assertThat(unit.status()).isEqualTo(307);
        assertThat(unit.header("Location"))
                .isEqualTo(HOST + "/trace/01/" + code.gtin() + "/10/NM%2F2026-01/21/AB7K9QZX2M");

        var product = http.get("/01/" + code.gtin());
        assertThat(product.status()).isEqualTo(307);
        assertThat(product.header("Location")).isEqualTo(HOST + "/trace/01/" + code.gtin());

        var pip = http.get(lotPath + "?linkType=gs1:pip");
        assertThat(pip.header("Location")).isEqualTo(lot.header("Location"));
        var pipUri = http.get(lotPath + "?linkType=https%3A%2F%2Fgs1.org%2Fvoc%2Fpip");
        assertThat(pipUri.header("Location")).isEqualTo(lot.header("Location"));
    }

    @Test
    void the_query_string_less_link_type_is_passed_on_and_head_answers_like_get() {
        Code code = batch("NM-02");
        String path = "/01/" + code.gtin() + "/10/NM-02";

        var withQuery = http.get(path + "?utm_source=qr&linkType=gs1:pip&17=281231&x=a%20b");
        assertThat(withQuery.status()).as(withQuery.body()).isEqualTo(307);
        assertThat(withQuery.header("Location"))
                .isEqualTo(
                        HOST
                                + "/trace/01/"
                                + code.gtin()
                                + "/10/NM-02?utm_source=qr&17=281231&x=a%20b");

        var head = send("HEAD", path + "?lang=en");
        assertThat(head.status()).as(head.raw().headers().map().toString()).isEqualTo(307);
        assertThat(head.header("Location"))
                .isEqualTo(HOST + "/trace/01/" + code.gtin() + "/10/NM-02?lang=en");
        assertThat(head.header("Link")).contains("rel=\"linkset\"");
        assertThat(head.body()).isEmpty();

        var headLinkset = send("HEAD", path + "?linkType=linkset");
        assertThat(headLinkset.status()).isEqualTo(200);
        assertThat(headLinkset.header("Content-Type")).startsWith("application/linkset+json");
        assertThat(headLinkset.body()).isEmpty();

        var headMissing = send("HEAD", "/01/" + code.gtin() + "/10/NOPE");
        assertThat(headMissing.status()).isEqualTo(404);
    }

    @Test
    void a_cors_preflight_is_allowed_from_any_origin() {
        Code code = batch("NM-03");

        var preflight =
                send(
                        "OPTIONS",
                        "/01/" + code.gtin() + "/10/NM-03",
                        "Origin",
                        "https://scanner.example.com",
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "accept");
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET", "HEAD");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("accept");

        var wellKnown = send("OPTIONS", "/.well-known/gs1resolver", "Origin", "https://x.example");
        assertThat(wellKnown.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void
            traceability_and_certification_link_types_redirect_to_the_epcis_history_and_the_certificate() {
        Code code = batch("NM-04");
        String path = "/01/" + code.gtin() + "/10/NM-04";

        var trace = http.get(path + "?linkType=gs1:traceability");
        assertThat(trace.status()).as(trace.body()).isEqualTo(307);
        assertThat(trace.header("Location"))
                .isEqualTo(HOST + "/api/v1/traceability/batches/" + code.gtin() + "/NM-04/epcis");
        var history =
                http.get(
                        URI.create(trace.header("Location")).getPath(),
                        "Accept",
                        "application/ld+json");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("type").asText()).isEqualTo("EPCISDocument");

        var certification = http.get(path + "?linkType=gs1:certificationInfo");
        assertThat(certification.status()).isEqualTo(307);
        assertThat(certification.header("Location"))
                .isEqualTo(HOST + "/api/v1/traceability/certification/01/" + code.gtin());

        var certificate = http.get(URI.create(certification.header("Location")).getPath());
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(200);
        assertThat(certificate.header("Content-Type")).startsWith("application/ld+json");
        assertThat(certificate.header("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode details = certificate.json().get("gs1:certification");
        assertThat(certificate.json().at("/@context/gs1").asText())
                .isEqualTo("https://gs1.org/voc/");
        assertThat(certificate.json().get("gs1:gtin").asText()).isEqualTo(code.gtin());
        assertThat(details.get("@type").asText()).isEqualTo("gs1:CertificationDetails");
        assertThat(details.get("gs1:certificationAgency").asText())
                .isEqualTo("UBND thành phố Hải Phòng");
        assertThat(details.get("gs1:certificationIdentification").asText())
                .isEqualTo("1234/QĐ-UBND");
        assertThat(details.get("gs1:certificationValue").asText()).isEqualTo("4★");
        assertThat(details.get("gs1:certificationStatus").asText()).isEqualTo("VALID");
        assertThat(details.at("/gs1:certificationStartDate/@value").asText()).isNotBlank();
        assertThat(details.at("/gs1:certificationEndDate/@type").asText()).isEqualTo("xsd:date");
        assertThat(details.get("gs1:certificationStandard").asText()).contains("OCOP");

        revokeCertificate(code.productId());
        var revoked = http.get("/api/v1/traceability/certification/01/" + code.gtin());
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().at("/gs1:certification/gs1:certificationStatus").asText())
                .isEqualTo("REVOKED");
        assertThat(http.get(path).status()).as("a published listing still resolves").isEqualTo(307);
    }

    void revokeCertificate(String productId) {
        var history =
                http.get(
                        "/api/v1/office/products/" + productId + "/certificates",
                        "Authorization",
                        office);
        String id = history.json().get(0).get("id").asText();
        var revoked =
                http.postJson(
                        "/api/v1/office/certificates/" + id + "/revoke",
                        "{\"reason\":\"Vi phạm an toàn thực phẩm\"}",
                        "Authorization",
                        office);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    }

    @Test
    void the_linkset_lists_the_links_at_serial_lot_and_gtin_level() {
        Code code = batch("NM-05");
        String unit = "/01/" + code.gtin() + "/10/NM-05/21/SER1AL";

        var linkset = http.get(unit + "?linkType=linkset");
        assertThat(linkset.status()).as(linkset.body()).isEqualTo(200);
        assertThat(linkset.header("Content-Type")).startsWith("application/linkset+json");
        JsonNode contexts = linkset.json().get("linkset");
        assertThat(contexts).hasSize(3);
        assertThat(contexts.get(0).get("anchor").asText()).isEqualTo(HOST + unit);
        assertThat(contexts.get(1).get("anchor").asText())
                .isEqualTo(HOST + "/01/" + code.gtin() + "/10/NM-05");
        assertThat(contexts.get(2).get("anchor").asText()).isEqualTo(HOST + "/01/" + code.gtin());

        JsonNode pip = contexts.get(0).get("https://gs1.org/voc/pip").get(0);
        assertThat(pip.get("href").asText()).isEqualTo(HOST + "/trace" + unit);
        assertThat(pip.get("type").asText()).isEqualTo("text/html");
        assertThat(pip.get("title").asText()).isNotBlank();
        assertThat(pip.at("/title*/0/language").asText()).isEqualTo("en");
        assertThat(pip.get("hreflang")).extracting(JsonNode::asText).containsExactly("vi", "en");
        assertThat(contexts.get(0).has("https://gs1.org/voc/defaultLink")).isTrue();

        JsonNode lot = contexts.get(1);
        assertThat(lot.at("/https:~1~1gs1.org~1voc~1traceability/0/href").asText())
                .endsWith("/api/v1/traceability/batches/" + code.gtin() + "/NM-05/epcis");
        assertThat(lot.at("/https:~1~1gs1.org~1voc~1certificationInfo/0/type").asText())
                .isEqualTo("application/ld+json");
        assertThat(contexts.get(2).has("https://gs1.org/voc/traceability")).isFalse();

        var byAccept = http.get(unit, "Accept", "application/linkset+json");
        assertThat(byAccept.status()).isEqualTo(200);
        assertThat(byAccept.json()).isEqualTo(linkset.json());
        var all = http.get(unit + "?linkType=all");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).isEqualTo(linkset.json());
    }

    @Test
    void bad_codes_are_400_and_unknown_codes_or_link_types_404_problems() {
        Code code = batch("NM-06");
        String gtin = code.gtin();
        String wrongCheck = gtin.substring(0, 13) + ((gtin.charAt(13) - '0' + 1) % 10);

        var checkDigit = http.get("/01/" + wrongCheck + "/10/NM-06");
        assertThat(checkDigit.status()).isEqualTo(400);
        assertThat(checkDigit.header("Content-Type")).startsWith("application/problem+json");
        assertThat(checkDigit.json().get("code").asText())
                .isEqualTo("traceability.digital-link-invalid-check-digit");
        assertThat(checkDigit.header("Access-Control-Allow-Origin")).isEqualTo("*");

        var order = http.get("/01/" + gtin + "/21/S1/10/NM-06");
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.json().get("code").asText())
                .isEqualTo("traceability.digital-link-invalid-key-qualifier-sequence");

        var character = http.get("/01/" + gtin + "/10/NM%C3%A9");
        assertThat(character.status()).isEqualTo(400);
        assertThat(character.json().get("code").asText())
                .isEqualTo("traceability.digital-link-invalid-character");

        var date = http.get("/01/" + gtin + "/10/NM-06?17=261340");
        assertThat(date.status()).isEqualTo(400);

        var unknownGtin = http.get("/01/" + freshGtin14() + "/10/NM-06");
        assertThat(unknownGtin.status()).isEqualTo(404);
        assertThat(unknownGtin.json().get("code").asText()).isEqualTo("traceability.unknown-code");
        assertThat(http.get("/01/" + gtin + "/10/NM-99").status()).isEqualTo(404);

        var linkType = http.get("/01/" + gtin + "/10/NM-06?linkType=gs1:recipeInfo");
        assertThat(linkType.status()).isEqualTo(404);
        assertThat(linkType.json().get("code").asText())
                .isEqualTo("traceability.unknown-link-type");
        assertThat(http.get("/01/" + gtin + "?linkType=gs1:traceability").status())
                .as("no batch history at GTIN level")
                .isEqualTo(404);
    }

    @Test
    void the_resolver_describes_itself_at_the_well_known_address() {
        var description = http.get("/.well-known/gs1resolver");

        assertThat(description.status()).isEqualTo(200);
        JsonNode json = description.json();
        assertThat(json.get("name").asText()).isNotBlank();
        assertThat(json.get("resolverRoot").asText()).isEqualTo(HOST);
        assertThat(json.get("supportedPrimaryKeys"))
                .extracting(JsonNode::asText)
                .containsExactly("gtin");
        assertThat(json.at("/supportedLinkType/0/prefix").asText()).isEqualTo("gs1:");
        assertThat(json.get("linkTypeDefaultCanBeLinkset").asBoolean()).isFalse();
        assertThat(description.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    static String freshGtin14() {
        return "0" + Catalogue.freshGtin();
    }
}
