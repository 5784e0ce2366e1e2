package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Camera scanning at the counter, in Chromium with a fake camera that films the pack's QR label (a
 * Y4M video made by the test). Chromium on Linux has no BarcodeDetector, so this is the other way
 * the counter reads a camera: frames go to the server as photos, ZXing reads the GS1 Digital Link,
 * the pack's line appears in the sale, the sale completes and the stock at the point drops.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@pos-camera.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class PosCameraJourneyTest extends BrowserJourney {

    /** What the fake camera films; written by the test before the camera starts. */
    static final Path VIDEO = Path.of("target", "fake-camera", "label.y4m").toAbsolutePath();

    /** Hides {@link BrowserJourney#launchChromium()}: the same Chromium with a fake camera. */
    @BeforeAll
    static void launchChromium() {
        try {
            FakeCameraVideo.blank(VIDEO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch(
                List.of(
                        "--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream",
                        "--use-file-for-fake-video-capture=" + VIDEO));
    }

    @Test
    void a_pack_filmed_by_the_camera_is_read_on_the_server_and_sold_and_the_stock_drops()
            throws IOException {
        PosSetUp shop =
                new PosSetUp(server.getURI(), "office@pos-camera.test", "office-password-1", true);
        FakeCameraVideo.qr(VIDEO, shop.item.link());
        context.grantPermissions(List.of("camera"));

        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(shop.staffEmail);
        page.getByLabel("Mật khẩu").fill(PosSetUp.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate("/diem-ban");
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        assertThat(page.locator("h1")).hasText("Bán hàng tại quầy");
        Assertions.assertThat(page.evaluate("'BarcodeDetector' in window"))
                .as("this Chromium reads no code itself: the server-side reading is under test")
                .isEqualTo(false);
        Locator start = page.locator("#pos-camera-start");
        assertThat(start).isVisible();
        assertThat(start).hasText("Quét bằng camera");
        step("camera-offered");

        AtomicInteger photos = new AtomicInteger();
        page.onRequest(
                request -> {
                    if (request.method().equals("POST") && request.url().endsWith("/anh-ma")) {
                        photos.incrementAndGet();
                    }
                });
        start.click();
        Locator line = page.locator("#pos-lines-body tr");
        assertThat(line).hasCount(1);
        assertThat(line.locator("th")).containsText("Nước mắm Nam Ô");
        assertThat(line.locator("td").nth(0)).hasText(shop.item.lot());
        assertThat(line.locator(".pos-qty-value")).hasText("1");
        assertThat(page.locator("#pos-total")).hasText("120.000 ₫");
        Assertions.assertThat(photos.get()).as("frames were sent to the server").isPositive();
        // one code read, the camera closes: the pack is not counted again while still in view
        assertThat(page.locator("#pos-video")).isHidden();
        assertThat(start).isVisible();
        assertThat(page.locator("#pos-camera-stop")).isHidden();
        Assertions.assertThat(
                        (Boolean)
                                page.evaluate(
                                        "() => !document.getElementById('pos-video').srcObject"))
                .as("the camera was released")
                .isTrue();
        assertThat(page.locator("#pos-code")).isFocused();
        page.waitForTimeout(1_000);
        assertThat(line.locator(".pos-qty-value")).hasText("1");
        step("line-read-from-the-camera");

        page.getByLabel("Tiền khách đưa").fill("150000");
        assertThat(page.locator("#pos-change")).hasText("30.000 ₫");
        page.locator("#pos-complete").click();
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "/hoa-don/.*"));
        assertThat(page.locator("#receipt-total")).hasText("120.000 ₫");
        assertThat(page.locator(".pos-receipt-lines")).containsText(shop.item.lot());
        step("receipt");

        Assertions.assertThat(shop.stockHere(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED - 1);
    }

    @Test
    void with_no_code_in_view_the_camera_keeps_trying_until_the_staff_stops_it()
            throws IOException {
        PosSetUp shop =
                new PosSetUp(server.getURI(), "office@pos-camera.test", "office-password-1", true);
        FakeCameraVideo.blank(VIDEO);
        context.grantPermissions(List.of("camera"));
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(shop.staffEmail);
        page.getByLabel("Mật khẩu").fill(PosSetUp.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate("/diem-ban/" + shop.salePointId);

        List<Integer> answers = new CopyOnWriteArrayList<>();
        page.onResponse(
                response -> {
                    if (response.url().endsWith("/anh-ma")) {
                        answers.add(response.status());
                    }
                });
        page.locator("#pos-camera-start").click();
        assertThat(page.locator("#pos-video")).isVisible();
        assertThat(page.locator("#pos-camera-stop")).isVisible();
        assertThat(page.locator("#pos-camera-start")).isHidden();
        page.waitForCondition(() -> answers.size() >= 3);
        Assertions.assertThat(answers)
                .as("each frame without a code is answered as such, and the next one is sent")
                .containsOnly(422);
        Assertions.assertThat(page.evaluate("document.getElementById('pos-video').videoWidth"))
                .isEqualTo(FakeCameraVideo.WIDTH);
        assertThat(page.locator("#pos-lines-body tr")).hasCount(0);
        assertThat(page.locator("#pos-message")).isEmpty();
        step("camera-filming-nothing-to-read");

        page.locator("#pos-camera-stop").click();
        assertThat(page.locator("#pos-video")).isHidden();
        assertThat(page.locator("#pos-camera-start")).isVisible();
        assertThat(page.locator("#pos-code")).isFocused();
        page.waitForTimeout(1_000);
        int sent = answers.size();
        page.waitForTimeout(1_500);
        Assertions.assertThat(answers.size()).as("no frame is sent once stopped").isEqualTo(sent);
        step("camera-stopped");
    }
}
