package vn.ocop.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/** Product photos over HTTP: real files, real decoding, real thumbnails. */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@images.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ProductImagesTest {

    /** A 1×1 lossy WebP. */
    private static final byte[] WEBP =
            Base64.getDecoder()
                    .decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");

    @Inject EmbeddedServer server;
    WebClient http;
    String office;
    String productId;

    @BeforeEach
    void aDraftListing() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@images.test", "office-password-1");
        String producer =
                http.postJson(
                                "/api/v1/office/producers",
                                """
                {"name":"HTX Mật ong Hà Giang","legalForm":"COOPERATIVE","provinceCode":"Tuyên Quang",
                 "commune":"Đồng Văn","address":"Thôn Lũng Cẩm","representative":"Vàng Mí Sử"}
                """,
                                "Authorization",
                                office)
                        .json()
                        .get("id")
                        .asText();
        productId =
                http.postJson(
                                "/api/v1/producer/products",
                                """
                {"nameVi":"Mật ong bạc hà","group":"FOOD","producerIds":["%s"],
                 "origins":[{"province":"Hà Giang","commune":"Đồng Văn"}],
                 "variants":[{"sku":"MO-%s","nameVi":"Chai 500 ml","priceVnd":450000}],
                 "perishable":false,"service":false}
                """
                                        .formatted(
                                                producer,
                                                UUID.randomUUID().toString().substring(0, 8)),
                                "Authorization",
                                office)
                        .json()
                        .get("id")
                        .asText();
    }

    private static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(255, 193, 7));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private WebClient.Response upload(String name, String type, byte[] data) {
        return http.postFile(
                "/api/v1/producer/products/" + productId + "/images",
                "file",
                name,
                type,
                data,
                Map.of(),
                "Authorization",
                office);
    }

    @Test
    void jpeg_png_and_webp_photos_are_stored_with_a_400_pixel_thumbnail() throws IOException {
        var jpeg = upload("mat-ong.jpg", "image/jpeg", picture("jpg", 1600, 1200));
        assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
        assertThat(jpeg.json().get("width").asInt()).isEqualTo(1600);
        assertThat(upload("nhan.png", "image/png", picture("png", 800, 800)).status())
                .isEqualTo(201);
        var webp = upload("anh.webp", "image/webp", WEBP);
        assertThat(webp.status()).as(webp.body()).isEqualTo(201);

        var thumb = http.bytes(jpeg.json().get("thumbnailUrl").asText(), "Authorization", office);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(300);

        var listing = http.get("/api/v1/office/products/" + productId, "Authorization", office);
        assertThat(listing.json().get("images")).hasSize(3);
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_whatever_it_claims_and_nothing_is_stored() {
        var fake = upload("virus.jpg", "image/jpeg", "<?php system($_GET['c']); ?>".getBytes());

        assertThat(fake.status()).isEqualTo(422);
        assertThat(fake.json().get("code").asText()).isEqualTo("catalog.image-unsupported");
        assertThat(fake.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(
                        http.get("/api/v1/office/products/" + productId, "Authorization", office)
                                .json()
                                .get("images"))
                .isEmpty();
    }

    @Test
    void an_oversize_file_is_refused_with_413() {
        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        var response = upload("big.jpg", "image/jpeg", big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asText()).isEqualTo("catalog.image-too-large");
    }

    @Test
    void a_decompression_bomb_is_refused_from_its_header_alone() {
        var response = upload("bomb.png", "image/png", pngHeaderOnly(50_000, 50_000));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asText()).isEqualTo("catalog.image-too-large");
    }

    @Test
    void a_stranger_cannot_add_photos_and_drafts_photos_are_not_public() throws IOException {
        var uploaded = upload("mat-ong.jpg", "image/jpeg", picture("jpg", 500, 500));
        assertThat(http.bytes(uploaded.json().get("url").asText()).statusCode()).isEqualTo(404);

        String consumer =
                "Bearer " + http.consumerToken("shopper-" + UUID.randomUUID() + "@example.vn");
        var refused =
                http.postFile(
                        "/api/v1/producer/products/" + productId + "/images",
                        "file",
                        "x.jpg",
                        "image/jpeg",
                        picture("jpg", 10, 10),
                        Map.of(),
                        "Authorization",
                        consumer);
        assertThat(refused.status()).isEqualTo(403);
    }

    /** PNG signature + an IHDR chunk announcing the given size, and nothing else. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes())
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
