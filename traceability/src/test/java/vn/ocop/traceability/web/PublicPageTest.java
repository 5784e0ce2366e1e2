package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The scan page's data over HTTP: the consumer fields of Circular 02/2024/TT-BKHCN in Vietnamese by
 * default and in English when asked, with the certificate's status read live.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@page.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class PublicPageTest {

    @Inject EmbeddedServer server;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@page.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    record Code(String member, String gtin13, String productId, String batchId) {}

    Code batch(String lot) {
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin = Catalogue.freshGtin();
        String productId = catalogue.publishedProduct(producer, member, gtin);
        var created =
                http.postJson(
                        "/api/v1/producer/batches", fishSauce(gtin, lot), "Authorization", member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Code(member, gtin, productId, created.json().get("id").asText());
    }

    @Test
    void the_page_data_carries_the_consumer_fields_in_vietnamese_by_default() {
        Code code = batch("NM-P1");

        var page =
                http.get(
                        "/api/v1/traceability/batches/"
                                + code.gtin13()
                                + "/NM-P1?serial=AB7K9QZX2M");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode json = page.json();
        assertThat(json.get("language").asText()).isEqualTo("vi");
        assertThat(json.get("productName").asText()).isEqualTo("Nước mắm Cát Hải");
        assertThat(json.get("lot").asText()).isEqualTo("NM-P1");
        assertThat(json.get("serial").asText()).isEqualTo("AB7K9QZX2M");
        assertThat(json.get("digitalLink").asText())
                .isEqualTo(
                        "https://ocop.example.vn/01/0" + code.gtin13() + "/10/NM-P1/21/AB7K9QZX2M");
        assertThat(json.at("/producers/0/name").asText()).isEqualTo("HTX Nước mắm Cát Hải");
        assertThat(json.at("/producers/0/address").asText())
                .isEqualTo("Thôn Hoàng Châu, xã Cát Hải");
        assertThat(json.at("/producers/0/provinceName").asText()).isEqualTo("Hải Phòng");
        assertThat(json.at("/origins/0/provinceName").asText()).isEqualTo("Hải Phòng");
        assertThat(json.at("/origins/0/commune").asText()).isEqualTo("Cát Hải");
        assertThat(json.get("productionDate").asText()).isEqualTo(BatchJson.day(-10));
        assertThat(json.get("expiryDate").asText())
                .isEqualTo(BatchJson.TODAY.plusYears(2).toString());
        assertThat(json.at("/certificate/stars").asInt()).isEqualTo(4);
        assertThat(json.at("/certificate/status").asText()).isEqualTo("VALID");
        assertThat(json.at("/certificate/statusLabel").asText()).isEqualTo("Còn hiệu lực");
        assertThat(json.at("/certificate/valid").asBoolean()).isTrue();
        assertThat(json.at("/certificate/validUntil").asText()).isNotBlank();
        assertThat(json.at("/labTests/0/reportNumber").asText()).isEqualTo("KN-2025/123");
        assertThat(json.at("/labTests/0/results/2/text").asText()).isEqualTo("Không phát hiện");
        assertThat(json.get("timeline")).isNotEmpty();
        assertThat(json.at("/timeline/0/bizStep").asText()).isEqualTo("commissioning");
        assertThat(json.findValuesAsText("label")).contains("Đóng gói", "Kiểm nghiệm");
        assertThat(json.get("recalled").asBoolean()).isFalse();
        assertThat(json.path("recallBanner").isMissingNode())
                .as("no banner unless recalled")
                .isTrue();
        assertThat(json.at("/labels/expiryDate").asText()).isEqualTo("Hạn sử dụng");
    }

    @Test
    void english_is_given_when_asked_for_and_a_revoked_certificate_shows_at_once() {
        Code code = batch("NM-P2");
        String path = "/api/v1/traceability/batches/" + code.gtin13() + "/NM-P2";

        var english = http.get(path, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.json().get("language").asText()).isEqualTo("en");
        assertThat(english.json().get("productName").asText()).isEqualTo("Cat Hai fish sauce");
        assertThat(english.json().at("/certificate/statusLabel").asText()).isEqualTo("Valid");
        assertThat(english.json().at("/labels/expiryDate").asText()).isEqualTo("Expiry date");
        assertThat(english.json().findValuesAsText("label")).contains("Packed", "Lab tested");

        var history =
                http.get(
                        "/api/v1/office/products/" + code.productId() + "/certificates",
                        "Authorization",
                        office);
        String certificate = history.json().get(0).get("id").asText();
        var revoked =
                http.postJson(
                        "/api/v1/office/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"Vi phạm an toàn thực phẩm\"}",
                        "Authorization",
                        office);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        var after = http.get(path);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().at("/certificate/status").asText()).isEqualTo("REVOKED");
        assertThat(after.json().at("/certificate/statusLabel").asText()).isEqualTo("Đã bị thu hồi");
        assertThat(after.json().at("/certificate/valid").asBoolean()).isFalse();
        assertThat(
                        http.get(path, "Accept-Language", "en")
                                .json()
                                .at("/certificate/statusLabel")
                                .asText())
                .isEqualTo("Revoked");
    }

    @Test
    void a_recalled_batch_carries_the_banner_in_the_visitors_language() {
        Code code = batch("NM-P3");
        var recall =
                http.postJson(
                        "/api/v1/producer/batches/" + code.batchId() + "/recall",
                        "{\"reason\":\"Nắp chai không kín\"}",
                        "Authorization",
                        code.member());
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);
        String path = "/api/v1/traceability/batches/" + code.gtin13() + "/NM-P3";

        var vi = http.get(path).json();
        assertThat(vi.get("recalled").asBoolean()).isTrue();
        assertThat(vi.at("/recallBanner/title").asText()).isEqualTo("Lô hàng đã bị thu hồi");
        assertThat(vi.at("/recallBanner/message").asText()).contains("NM-P3", "Nắp chai không kín");
        assertThat(vi.findValuesAsText("bizStep")).contains("holding");
        var en = http.get(path, "Accept-Language", "en").json();
        assertThat(en.at("/recallBanner/title").asText()).isEqualTo("This batch has been recalled");

        assertThat(http.get(path + "?serial=" + "X".repeat(21)).status()).isEqualTo(400);
    }
}
