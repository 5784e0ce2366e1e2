package vn.ocop.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.catalog.product.CatalogFixtures.aCooperative;
import static vn.ocop.catalog.product.CatalogFixtures.aFourStarCertificate;
import static vn.ocop.catalog.product.CatalogFixtures.fishSauce;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * A listing's life told through the API: the office registers and verifies a cooperative and gives
 * it a member account; the member lists fish sauce and submits it; the office certifies and
 * publishes it; the public sees it until its certificate is revoked.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@catalog.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ListingWorkflowTest {

    @Inject EmbeddedServer server;

    WebClient http;
    String office;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@catalog.test", "office-password-1");
    }

    private UUID verifiedCooperative() {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        aCooperative("HTX Nước mắm Cát Hải"),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("PENDING");
        UUID id = UUID.fromString(created.json().get("id").asText());
        assertThat(
                        http.postJson(
                                        "/api/v1/office/producers/" + id + "/verify",
                                        "",
                                        "Authorization",
                                        office)
                                .status())
                .isEqualTo(200);
        return id;
    }

    private String memberOf(UUID producerId) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"Xã viên\",\"password\":\"mat-khau-123\","
                                + "\"role\":\"PRODUCER_MEMBER\",\"producerId\":\""
                                + producerId
                                + "\"}",
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    private static String sku() {
        return "NM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void a_certified_listing_is_published_shown_and_withdrawn_when_its_certificate_is_revoked() {
        UUID producer = verifiedCooperative();
        String member = memberOf(producer);

        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        fishSauce(producer, sku(), "8935049500018", 120_000),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.json().at("/variants/0/gtin").asText()).isEqualTo("08935049500018");
        assertThat(draft.json().at("/origins/0/provinceCode").asText()).isNotBlank();
        String id = draft.json().get("id").asText();

        assertThat(
                        http.postJson(
                                        "/api/v1/producer/products/" + id + "/submit",
                                        "",
                                        "Authorization",
                                        member)
                                .json()
                                .get("status")
                                .asText())
                .isEqualTo("SUBMITTED");

        var uncertified =
                http.postJson(
                        "/api/v1/office/products/" + id + "/publish", "", "Authorization", office);
        assertThat(uncertified.status()).isEqualTo(409);
        assertThat(uncertified.json().get("code").asText())
                .isEqualTo("catalog.no-valid-certificate");

        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + id + "/certificates",
                        aFourStarCertificate(),
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        assertThat(certificate.json().get("stars").asInt()).isEqualTo(4);
        assertThat(certificate.json().get("validUntil").asText()).isEqualTo("2028-09-30");

        var published =
                http.postJson(
                        "/api/v1/office/products/" + id + "/publish", "", "Authorization", office);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("visible").asBoolean()).isTrue();

        var shown = http.get("/api/v1/products/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/certificate/stars").asInt()).isEqualTo(4);
        assertThat(shown.json().at("/variants/0/priceVnd").asLong()).isEqualTo(120_000);

        String certificateId = certificate.json().get("id").asText();
        var revoked =
                http.postJson(
                        "/api/v1/office/certificates/" + certificateId + "/revoke",
                        "{\"reason\":\"Vi phạm an toàn thực phẩm\"}",
                        "Authorization",
                        office);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        assertThat(http.get("/api/v1/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void content_changes_go_back_to_review_but_price_changes_apply_at_once() {
        UUID producer = verifiedCooperative();
        String member = memberOf(producer);
        String sku = sku();
        String id =
                http.postJson(
                                "/api/v1/producer/products",
                                fishSauce(producer, sku, "", 120_000),
                                "Authorization",
                                member)
                        .json()
                        .get("id")
                        .asText();
        http.postJson("/api/v1/producer/products/" + id + "/submit", "", "Authorization", member);
        http.postJson(
                "/api/v1/office/products/" + id + "/certificates",
                aFourStarCertificate(),
                "Authorization",
                office);
        http.postJson("/api/v1/office/products/" + id + "/publish", "", "Authorization", office);

        var repriced =
                http.putJson(
                        "/api/v1/producer/products/" + id + "/variants/" + sku + "/price",
                        "{\"priceVnd\":135000}",
                        "Authorization",
                        member);
        assertThat(repriced.json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(http.get("/api/v1/products/" + id).json().at("/variants/0/priceVnd").asLong())
                .isEqualTo(135_000);

        var edited =
                http.putJson(
                        "/api/v1/producer/products/" + id,
                        fishSauce(producer, sku, "", 135_000)
                                .replace("Ủ chượp 12 tháng", "Ủ chượp 18 tháng"),
                        "Authorization",
                        member);
        assertThat(edited.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(http.get("/api/v1/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_suspended_producers_listings_leave_the_catalogue() {
        UUID producer = verifiedCooperative();
        String member = memberOf(producer);
        String id =
                http.postJson(
                                "/api/v1/producer/products",
                                fishSauce(producer, sku(), "", 99_000),
                                "Authorization",
                                member)
                        .json()
                        .get("id")
                        .asText();
        http.postJson("/api/v1/producer/products/" + id + "/submit", "", "Authorization", member);
        http.postJson(
                "/api/v1/office/products/" + id + "/certificates",
                aFourStarCertificate(),
                "Authorization",
                office);
        http.postJson("/api/v1/office/products/" + id + "/publish", "", "Authorization", office);
        assertThat(http.get("/api/v1/products/" + id).status()).isEqualTo(200);

        var suspended =
                http.postJson(
                        "/api/v1/office/producers/" + producer + "/suspend",
                        "{\"reason\":\"Hết hạn giấy phép kinh doanh\"}",
                        "Authorization",
                        office);
        assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(http.get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/producers/" + producer).status()).isEqualTo(404);
    }

    @Test
    void bad_listing_input_names_the_field_and_saves_nothing() {
        UUID producer = verifiedCooperative();
        String member = memberOf(producer);
        String good = fishSauce(producer, sku(), "8935049500018", 120_000);

        assertRefused(
                member, good.replace("8935049500018", "8935049500017"), 422, "variants[0].gtin");
        assertRefused(member, good.replace("120000", "-5"), 422, "variants[0].priceVnd");
        assertRefused(member, good.replace("\"FOOD\"", "\"WEAPONS\""), 422, "group");
        assertRefused(
                member,
                good.replace("\"province\":\"Hải Phòng\"", "\"province\":\"Atlantis\""),
                422,
                "origins[0].province");
        assertRefused(
                member,
                good.replace(
                        "\"perishable\":false", "\"regulated\":\"ALCOHOL\",\"perishable\":false"),
                422,
                "declarationNumber");
        assertThat(http.get("/api/v1/producer/products", "Authorization", member).json()).isEmpty();
    }

    private void assertRefused(String token, String body, int status, String field) {
        var response = http.postJson("/api/v1/producer/products", body, "Authorization", token);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }

    @Test
    void members_act_only_for_their_own_producer_and_consumers_not_at_all() {
        UUID ours = verifiedCooperative();
        UUID theirs = verifiedCooperative();
        String member = memberOf(ours);
        String other = memberOf(theirs);
        String id =
                http.postJson(
                                "/api/v1/producer/products",
                                fishSauce(ours, sku(), "", 50_000),
                                "Authorization",
                                member)
                        .json()
                        .get("id")
                        .asText();

        assertThat(
                        http.postJson(
                                        "/api/v1/producer/products/" + id + "/submit",
                                        "",
                                        "Authorization",
                                        other)
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/producer/products",
                                        fishSauce(ours, sku(), "", 50_000),
                                        "Authorization",
                                        other)
                                .status())
                .isEqualTo(403);
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        assertThat(http.get("/api/v1/producer/products", "Authorization", consumer).status())
                .isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/office/products/" + id + "/publish",
                                        "",
                                        "Authorization",
                                        member)
                                .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/office/producers").status()).isEqualTo(401);
    }

    @Test
    void the_office_sees_stars_for_a_score_as_it_types_and_cannot_record_a_score_over_100() {
        var stars =
                http.get("/api/v1/office/certificates/stars?score=89.5", "Authorization", office);
        assertThat(stars.json().get("stars").asInt()).isEqualTo(4);

        UUID producer = verifiedCooperative();
        String id =
                http.postJson(
                                "/api/v1/producer/products",
                                fishSauce(producer, sku(), "", 50_000),
                                "Authorization",
                                office)
                        .json()
                        .get("id")
                        .asText();
        var tooHigh =
                http.postJson(
                        "/api/v1/office/products/" + id + "/certificates",
                        aFourStarCertificate().replace("87.5", "120"),
                        "Authorization",
                        office);
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.json().get("errors").findValuesAsText("field")).contains("score");
        assertThat(
                        http.get(
                                        "/api/v1/office/products/" + id + "/certificates",
                                        "Authorization",
                                        office)
                                .json())
                .isEmpty();
    }
}
