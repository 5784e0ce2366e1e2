package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.importing.CatalogImport;
import vn.ocop.catalog.importing.ImportKind;
import vn.ocop.catalog.importing.ImportReport;
import vn.ocop.catalog.importing.SpreadsheetFiles;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Security in the browser: catalogue text with {@code <script>} renders as text on the search,
 * product and producer pages (no dialog opens, no script runs), and a form posted without its CSRF
 * token is refused while the same form with it is processed.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
class SecurityJourneyTest extends BrowserJourney {

    static final String PRODUCT_NAME = "Mứt gừng <script>alert('xss')</script> Tân Lập";
    static final String PRODUCER_NAME = "HTX <script>alert('producer')</script> Tân Lập";

    @Inject CatalogImport imports;
    @Inject SpreadsheetFiles files;
    @Inject TransactionOperations<Connection> transactions;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    /** Imports, as the office would, a producer and a certified product with script in names. */
    @BeforeEach
    void aProductWithScriptInItsName() throws Exception {
        page.onDialog(
                dialog -> {
                    dialogs.add(dialog.message());
                    dialog.dismiss();
                });
        if (search.search(ProductSearchQuery.text("mut gung tan lap")).total() > 0) {
            return;
        }
        importRows(
                ImportKind.PRODUCERS,
                PRODUCER_NAME
                        + ",Hợp tác xã,,Quảng Ninh,Tân Lập,Thôn 1 xã Tân Lập,Nguyễn Văn An,,,12,"
                        + "Mứt gừng làm tay <b>ngon</b>.,Hand-made ginger jam.,có");
        importRows(
                ImportKind.PRODUCTS,
                "XSS1,"
                        + PRODUCT_NAME
                        + ",Ginger jam <script>alert('xss')</script> Tan Lap,FOOD,FOOD_RICE_CEREALS,"
                        + PRODUCER_NAME
                        + ",Quảng Ninh,Tân Lập,,,Mứt gừng <img src=x onerror=alert(1)>.,"
                        + "Ginger jam <img src=x onerror=alert(1)>.,,,không,,không,XSS1-01,"
                        + "Hộp 200 g,200 g box,45000,200,");
        importRows(
                ImportKind.CERTIFICATES,
                "XSS1-01,"
                        + PRODUCT_NAME
                        + ",2025,80,4,Tỉnh,UBND tỉnh Quảng Ninh,"
                        + "77/QĐ-UBND,01/10/2025,,có");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (search.search(ProductSearchQuery.text("mut gung tan lap")).total() == 0) {
            Assertions.assertThat(System.nanoTime()).as("indexed in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void script_in_catalogue_text_renders_as_text_and_never_runs() {
        page.navigate("/tim-kiem?q=mut+gung+tan+lap");
        var card = page.locator("#search-region .product-card").first();
        assertThat(card.locator("h3")).hasText(PRODUCT_NAME);
        Assertions.assertThat(card.locator("script").count()).isZero();
        step("search-shows-the-name-as-text");

        card.locator("h3 a").click();
        page.waitForURL(Pattern.compile(".*/san-pham/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(PRODUCT_NAME);
        assertThat(page.locator(".product-page")).containsText("<img src=x onerror=alert(1)>");
        Assertions.assertThat(page.locator("main script, main img[src=x]").count()).isZero();
        step("product-shows-the-name-as-text");

        page.locator(".producer-story h3 a").click();
        page.waitForURL(Pattern.compile(".*/chu-the/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(PRODUCER_NAME);
        assertThat(page.locator(".producer-page")).containsText("<b>ngon</b>");
        step("producer-shows-the-name-as-text");

        Assertions.assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill("khach@example.vn");
        page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
        step("login-form");

        Response withToken =
                page.waitForResponse(
                        r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                        () -> page.locator("form.stack button[type=submit]").click());
        Assertions.assertThat(withToken.status())
                .as("with its token the form is processed")
                .isEqualTo(401);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Sai email/số điện thoại hoặc mật khẩu.");
        step("with-token-processed");

        page.getByLabel("Email hoặc số điện thoại").fill("khach@example.vn");
        page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
        page.evaluate("document.querySelector('form.stack input[name=csrfToken]').remove()");
        Response withoutToken =
                page.waitForResponse(
                        r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                        () -> page.locator("form.stack button[type=submit]").click());
        Assertions.assertThat(withoutToken.status()).isEqualTo(403);
        Assertions.assertThat(withoutToken.text()).contains("platform.csrf-rejected");
        step("without-token-refused");

        var forged =
                page.request()
                        .post(
                                url("/register"),
                                com.microsoft.playwright.options.RequestOptions.create()
                                        .setForm(
                                                com.microsoft.playwright.options.FormData.create()
                                                        .set("displayName", "Mallory")
                                                        .set(
                                                                "email",
                                                                "m-"
                                                                        + UUID.randomUUID()
                                                                        + "@example.vn")
                                                        .set("password", "mat-khau-123")));
        Assertions.assertThat(forged.status()).isEqualTo(403);
        Assertions.assertThat(context.cookies().stream().map(c -> c.name))
                .doesNotContain("ocop_session");
    }

    private void importRows(ImportKind kind, String row) throws IOException {
        String header = demoHeader(kind);
        byte[] csv = (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        String name = kind.path() + ".csv";
        var sheet = files.read(csv, name, kind.sheetNames());
        Caller office = new Caller(new UUID(0, 0), Role.OFFICE_ADMIN, null, null);
        ImportReport report =
                transactions.executeWrite(
                        status ->
                                imports.run(
                                        kind,
                                        sheet,
                                        office,
                                        false,
                                        CatalogImport.Mode.REPORT_EVERY_PROBLEM,
                                        done -> {}));
        Assertions.assertThat(report.errors()).as(kind + " import").isEmpty();
    }

    /** The header row of the demo catalogue's file of this kind (the importer's own format). */
    private static String demoHeader(ImportKind kind) throws IOException {
        try (InputStream in =
                SecurityJourneyTest.class
                        .getClassLoader()
                        .getResourceAsStream("demo/" + kind.path() + ".csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf('\n')).replace("\uFEFF", "").strip();
        }
    }
}
