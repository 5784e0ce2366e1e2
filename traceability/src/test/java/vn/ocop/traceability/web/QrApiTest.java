package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.QrScan;
import vn.ocop.testkit.WebClient;

/** A producer downloads the QR codes of its batch and of its units; every symbol reads back. */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@trace.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class QrApiTest {

    @Inject EmbeddedServer server;

    WebClient http;
    String office;
    Catalogue catalogue;
    String member;
    String batchId;
    String batchLink;

    @BeforeEach
    void aBatchOfFishSauce() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@trace.test", "office-password-1");
        catalogue = new Catalogue(http, office);
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        member = catalogue.memberOf(producer);
        String gtin = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        fishSauce(gtin, "NM-2026/QR"),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        batchId = created.json().get("id").asText();
        batchLink = created.json().get("digitalLink").asText();
    }

    HttpResponse<byte[]> fetch(String path, String token, String accept) {
        return http.bytes(
                "/api/v1/producer/batches/" + batchId + path,
                "Authorization",
                token,
                "Accept",
                accept);
    }

    static JsonNode problem(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_batch_png_carries_its_digital_link_with_a_four_module_quiet_zone() {
        var png = fetch("/qr.png", member, "image/png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(QrScan.png(png.body()))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text())
                                    .isEqualTo(batchLink)
                                    .startsWith("https://ocop.example.vn/01/")
                                    .endsWith("/10/NM-2026%2FQR");
                            assertThat(s.module()).isEqualTo(8.0);
                            assertThat(s.quietZone()).isGreaterThanOrEqualTo(4.0);
                        });

        var small = fetch("/qr.png?ecLevel=h&size=3", office, "image/png");
        assertThat(QrScan.png(small.body()))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(batchLink);
                            assertThat(s.module()).isEqualTo(3.0);
                            assertThat(s.quietZone()).isGreaterThanOrEqualTo(4.0);
                        });
    }

    @Test
    void the_batch_svg_carries_the_same_link() {
        var svg = fetch("/qr.svg?ecLevel=Q", member, "image/svg+xml");

        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("image/svg+xml");
        String text = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(QrScan.image(QrScan.svg(text, 4)))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(batchLink);
                            assertThat(s.quietZone()).isGreaterThanOrEqualTo(4.0);
                        });
    }

    @Test
    void each_unit_code_carries_its_serial() {
        var issued =
                http.postJson(
                        "/api/v1/producer/batches/" + batchId + "/serials",
                        "{\"count\":3}",
                        "Authorization",
                        member);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        for (JsonNode unit : issued.json().get("serials")) {
            String serial = unit.get("serial").asText();
            String expected = batchLink + "/21/" + serial;
            assertThat(unit.get("digitalLink").asText()).isEqualTo(expected);
            var png = fetch("/serials/" + serial + "/qr.png", member, "image/png");
            assertThat(QrScan.png(png.body()))
                    .extracting(QrScan.Symbol::text)
                    .containsExactly(expected);
            var svg = fetch("/serials/" + serial + "/qr.svg", member, "image/svg+xml");
            assertThat(QrScan.image(QrScan.svg(new String(svg.body(), StandardCharsets.UTF_8), 3)))
                    .extracting(QrScan.Symbol::text)
                    .containsExactly(expected);
        }
    }

    @Test
    void bad_options_unknown_serials_and_strangers_get_problems() {
        for (String query :
                List.of("?ecLevel=X", "?ecLevel=MM", "?size=0", "?size=41", "?size=abc")) {
            var refused = fetch("/qr.png" + query, member, "image/png");
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(problem(refused).get("code").asText())
                    .as(query)
                    .isIn("traceability.invalid-ec-level", "traceability.invalid-qr-size");
        }
        assertThat(
                        problem(fetch("/qr.svg?ecLevel=Z", member, "image/svg+xml"))
                                .at("/errors/0/field")
                                .asText())
                .isEqualTo("ecLevel");

        var unknownSerial = fetch("/serials/ABCDEFGHJK/qr.png", member, "image/png");
        assertThat(unknownSerial.statusCode()).isEqualTo(404);
        assertThat(problem(unknownSerial).get("code").asText())
                .isEqualTo("traceability.serial-not-found");

        UUID other = catalogue.verifiedCooperative("HTX Khác");
        String stranger = catalogue.memberOf(other);
        var foreign = fetch("/qr.png", stranger, "image/png");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(problem(foreign).get("code").asText())
                .isEqualTo("traceability.not-your-product");
        assertThat(fetch("/qr.png", stranger, "application/json").statusCode()).isEqualTo(403);

        var missing =
                http.bytes(
                        "/api/v1/producer/batches/" + UUID.randomUUID() + "/qr.svg",
                        "Authorization",
                        member,
                        "Accept",
                        "image/svg+xml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(http.bytes("/api/v1/producer/batches/" + batchId + "/qr.png").statusCode())
                .isEqualTo(401);
    }
}
