package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/** The server-rendered pages as a browser without JavaScript sees them. */
@MicronautTest(transactional = false)
class PagesTest {

    @Inject EmbeddedServer server;

    private WebClient browser() {
        return new WebClient(server.getURI());
    }

    @Test
    void the_home_page_is_in_vietnamese_by_default_and_shows_the_six_groups() {
        var home = browser().page("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"vi\">");
        assertThat(home.body()).contains("Thực phẩm", "Đồ uống", "Thảo dược", "Vải và may mặc");
        assertThat(home.body().split("class=\"group-card\"")).hasSize(7);
        assertThat(home.body()).doesNotContain("??");
    }

    @Test
    void the_language_switch_turns_the_page_to_english_and_back() {
        var browser = browser();

        var switched = browser.page("/lang/en?next=/");
        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.header("Location")).isEqualTo("/");

        var english = browser.page("/");
        assertThat(english.body())
                .contains("<html lang=\"en\">", "Food", "Herbal products", "Log in");
        assertThat(english.body()).doesNotContain("Thực phẩm", "Đăng nhập", "??");

        browser.page("/lang/vi?next=/");
        assertThat(browser.page("/").body()).contains("<html lang=\"vi\">", "Đăng nhập");
    }

    @Test
    void a_browser_asking_for_english_gets_english_without_the_switch() {
        var home = browser().page("/", "Accept-Language", "en-US,en;q=0.9");
        assertThat(home.body()).contains("<html lang=\"en\">", "Food");
    }

    @Test
    void the_language_switch_never_redirects_to_another_site() {
        var response = browser().page("/lang/en?next=//evil.example/steal");
        assertThat(response.header("Location")).isEqualTo("/");
    }

    @Test
    void registering_through_the_form_logs_the_consumer_in() {
        var browser = browser();
        var form = browser.page("/register");
        String email = "lan-" + UUID.randomUUID() + "@example.vn";

        var posted =
                browser.postForm(
                        "/register",
                        Map.of(
                                "csrfToken", form.csrfToken(),
                                "displayName", "Nguyễn Thị Lan",
                                "email", email,
                                "phone", "",
                                "password", "mat-khau-123"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        assertThat(browser.cookie("ocop_session")).isNotBlank();
        var home = browser.page("/");
        assertThat(home.body()).contains("Xin chào, Nguyễn Thị Lan", "Đăng xuất");
    }

    @Test
    void the_register_form_shows_field_errors_and_keeps_what_was_typed() {
        var browser = browser();
        var form = browser.page("/register");

        var posted =
                browser.postForm(
                        "/register",
                        Map.of(
                                "csrfToken", form.csrfToken(),
                                "displayName", "Lan",
                                "email", "not-an-email",
                                "phone", "12345",
                                "password", "short"));

        assertThat(posted.status()).isEqualTo(422);
        assertThat(posted.body())
                .contains("Email không hợp lệ.")
                .contains("Số điện thoại Việt Nam không hợp lệ")
                .contains("Mật khẩu phải dài từ 8 đến 72 ký tự.")
                .contains("value=\"Lan\"")
                .doesNotContain("value=\"short\"");
        assertThat(browser.cookie("ocop_session")).isNull();
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        var browser = browser();
        browser.page("/register");
        String email = "csrf-" + UUID.randomUUID() + "@example.vn";

        var posted =
                browser.postForm(
                        "/register",
                        Map.of(
                                "displayName",
                                "Mallory",
                                "email",
                                email,
                                "password",
                                "mat-khau-123"));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.body()).contains("platform.csrf-rejected");
        var login =
                browser.postJson(
                        "/api/v1/auth/token",
                        "{\"identifier\":\"" + email + "\",\"password\":\"mat-khau-123\"}");
        assertThat(login.status()).isEqualTo(401);
    }

    @Test
    void a_form_post_with_a_token_from_another_session_is_refused() {
        var attacker = browser();
        String stolen = attacker.page("/register").csrfToken();
        var victim = browser();
        victim.page("/register");

        var posted =
                victim.postForm(
                        "/register",
                        Map.of(
                                "csrfToken",
                                stolen,
                                "displayName",
                                "X",
                                "email",
                                "x-" + UUID.randomUUID() + "@example.vn",
                                "password",
                                "mat-khau-123"));

        assertThat(posted.status()).isEqualTo(403);
    }

    @Test
    void logging_in_with_the_form_and_logging_out() {
        var browser = browser();
        String email = "login-" + UUID.randomUUID() + "@example.vn";
        browser.postJson(
                "/api/v1/accounts",
                "{\"email\":\""
                        + email
                        + "\",\"displayName\":\"Phạm Minh\",\"password\":\"mat-khau-123\"}");

        var loginPage = browser.page("/login");
        var wrong =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                loginPage.csrfToken(),
                                "identifier",
                                email,
                                "password",
                                "wrong-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Sai email/số điện thoại hoặc mật khẩu.");

        var ok =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                wrong.csrfToken(),
                                "identifier",
                                email,
                                "password",
                                "mat-khau-123"));
        assertThat(ok.status()).isEqualTo(303);
        var home = browser.page("/");
        assertThat(home.body()).contains("Xin chào, Phạm Minh");

        var out = browser.postForm("/logout", Map.of("csrfToken", home.csrfToken()));
        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.page("/").body()).doesNotContain("Phạm Minh").contains("Đăng nhập");
    }

    @Test
    void what_users_typed_is_escaped_when_shown_again() {
        var browser = browser();
        String hostile = "\"><script>alert(1)</script>";

        var refused =
                browser.postForm(
                        "/register",
                        Map.of(
                                "csrfToken",
                                browser.page("/register").csrfToken(),
                                "displayName",
                                hostile,
                                "email",
                                "not-an-email",
                                "password",
                                "mat-khau-123"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain(hostile);

        var accepted =
                browser.postForm(
                        "/register",
                        Map.of(
                                "csrfToken",
                                refused.csrfToken(),
                                "displayName",
                                hostile,
                                "email",
                                "xss-" + UUID.randomUUID() + "@example.vn",
                                "password",
                                "mat-khau-123"));
        assertThat(accepted.status()).isEqualTo(303);
        var home = browser.page("/");
        assertThat(home.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(home.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
