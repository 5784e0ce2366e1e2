package vn.ocop.storefront.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.storefront.DemoCatalogueReady;

/**
 * Base of the browser journeys. A subclass is a {@code @MicronautTest} with {@code
 * ocop.demo-data=true}: the real application on a random port, a fresh embedded PostgreSQL
 * database, the demo catalogue loaded by its start-up loader. One Chromium per class, a fresh
 * browser context (cookies) per test; {@link #step} saves {@code NN-name.png} in {@code
 * target/screenshots/<journey>/}.
 */
abstract class BrowserJourney {

    /** Debian's Chromium; Playwright never downloads a browser of its own here. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** The demo catalogue publishes 140 products (catalog/src/main/resources/demo/README.md). */
    static final int DEMO_VISIBLE_PRODUCTS = DemoCatalogueReady.VISIBLE_PRODUCTS;

    private static Playwright playwright;
    private static Browser browser;

    @Inject EmbeddedServer server;
    @Inject ProductSearchApi search;
    @Inject OutboxAdmin outbox;
    @Inject DataSource dataSource;

    protected BrowserContext context;
    protected Page page;
    private Path screenshots;
    private int steps;

    @BeforeAll
    static void launchChromium() {
        launch(List.of());
    }

    /**
     * Launches Chromium with extra command-line switches on top of the usual ones: a journey that
     * needs them (a fake camera) declares its own {@code static void launchChromium()}, which hides
     * this class's, and calls this.
     */
    static void launch(List<String> extraArgs) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(
                    "Chromium is missing: apt-get install -y chromium (.ci/run does it)");
        }
        List<String> args = new ArrayList<>();
        args.add("--no-sandbox");
        args.add("--disable-gpu");
        args.add("--disable-background-networking");
        args.add("--disable-component-update");
        args.addAll(extraArgs);
        playwright =
                Playwright.create(
                        new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser =
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(CHROMIUM)
                                        .setHeadless(true)
                                        .setArgs(args));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openBrowserContext(TestInfo test) throws Exception {
        DemoCatalogueReady.await(search, outbox, dataSource);
        context =
                browser.newContext(
                        new Browser.NewContextOptions()
                                .setBaseURL(server.getURI().toString())
                                .setLocale("vi-VN")
                                .setViewportSize(390, 844));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        String journey =
                getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName();
        screenshots = Path.of("target", "screenshots", journey);
        Files.createDirectories(screenshots);
        steps = 0;
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Saves a full-page screenshot of the current page as the next numbered step. */
    protected void step(String name) {
        steps++;
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(screenshots.resolve(String.format("%02d-%s.png", steps, name))));
    }

    /** Logs in through the login form (found by its labels) and waits until it has left it. */
    protected void logIn(String identifier, String password) {
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(identifier);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    protected String url(String path) {
        return server.getURI().resolve(path).toString();
    }
}
