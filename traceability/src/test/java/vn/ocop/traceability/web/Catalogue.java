package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.domain.Gtin;

/**
 * Sets up catalogue data through the catalogue's own API, as the office and producers would: a
 * verified cooperative, a member account, a fish-sauce listing with a fresh GTIN, published or not.
 */
public final class Catalogue {

    private final WebClient http;
    private final String office;

    public Catalogue(WebClient http, String office) {
        this.http = http;
        this.office = office;
    }

    /** A GTIN-13 with a valid check digit that no other test uses. */
    public static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return body + Gtin.checkDigit(body);
    }

    public UUID verifiedCooperative(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu, xã Cát Hải",
                         "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        var verified =
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify", "", "Authorization", office);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return id;
    }

    public String memberOf(UUID producerId) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"mat-khau-123",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, producerId),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    /** A draft listing of the producer with one variant of this GTIN; returns the product id. */
    String draftProduct(UUID producerId, String member, String gtin) {
        String sku = "NM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":120000,
                                      "weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(producerId, sku, gtin),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().get("id").asText();
    }

    /** A listing the public catalogue shows: submitted, certified 4★ and published. */
    public String publishedProduct(UUID producerId, String member, String gtin) {
        String id = draftProduct(producerId, member, gtin);
        http.postJson("/api/v1/producer/products/" + id + "/submit", "", "Authorization", member);
        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + id + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + id + "/publish", "", "Authorization", office);
        assertThat(published.json().get("visible").asBoolean()).as(published.body()).isTrue();
        return id;
    }
}
