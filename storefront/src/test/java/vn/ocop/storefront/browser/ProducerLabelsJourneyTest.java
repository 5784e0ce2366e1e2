package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ocop.storefront.producerops.ProducerOpsFixtures;

/**
 * A producer member prints QR labels in the browser: logs in, chooses a batch, a template, how many
 * and serials, starts the job, watches the progress bar (htmx polling) reach 100 %, and downloads
 * the PDF from the link that appears.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@labels-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ProducerLabelsJourneyTest extends BrowserJourney {

    @Test
    void the_progress_bar_reaches_done_and_the_pdf_downloads() throws Exception {
        var fixtures =
                new ProducerOpsFixtures(
                        server.getURI(), "office@labels-journey.test", "office-password-1");
        var producer = fixtures.producer("HTX Tem QR " + UUID.randomUUID());
        UUID batch = fixtures.batch(producer, "NM-JOURNEY");

        page.navigate("/login");
        page.locator("#identifier").fill(producer.email());
        page.locator("#password").fill(ProducerOpsFixtures.PASSWORD);
        step("login");
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/(?!login).*"));

        page.navigate("/nha-san-xuat/lo-hang/" + batch);
        assertThat(page.locator("#batch-lot")).hasText("NM-JOURNEY");
        assertThat(page.locator("#batch-timeline li").first()).isVisible();
        step("batch");

        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("In tem QR cho lô này"))
                .click();
        page.waitForURL(Pattern.compile(".*/nha-san-xuat/tem\\?lo=.*"));
        assertThat(page.locator("#label-batch")).hasValue(batch.toString());
        page.getByLabel("Giấy A4, 40 tem (4 × 10)").check();
        page.locator("#label-quantity").fill("80");
        page.getByLabel("Mỗi tem một số sê-ri riêng").check();
        step("label-form");
        page.locator("#label-submit").click();

        page.waitForURL(Pattern.compile(".*/nha-san-xuat/tem/[0-9a-f-]{36}$"));
        Locator bar = page.getByRole(AriaRole.PROGRESSBAR);
        assertThat(bar).isVisible();
        step("progress");

        assertThat(bar)
                .hasAttribute(
                        "aria-valuenow",
                        "100",
                        new com.microsoft.playwright.assertions.LocatorAssertions
                                        .HasAttributeOptions()
                                .setTimeout(60_000));
        Locator download = page.locator("#label-download");
        assertThat(download).isVisible();
        assertThat(page.locator("#label-progress")).containsText("Đã xong");
        step("done");

        Download file = page.waitForDownload(download::click);
        byte[] pdf = Files.readAllBytes(file.path());
        assertThat(new String(Arrays.copyOf(pdf, 4), StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF");
        assertThat(file.suggestedFilename()).endsWith(".pdf");
        step("downloaded");
    }
}
