package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/** The API's access rules and error contract, over real HTTP against real PostgreSQL. */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@ocop.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ApiAccessAndErrorsTest {

    @Inject EmbeddedServer server;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    private static String uniqueEmail() {
        return "buyer-" + UUID.randomUUID() + "@example.vn";
    }

    private String tokenFor(WebClient client, String identifier, String password) {
        var response =
                client.postJson(
                        "/api/v1/auth/token",
                        "{\"identifier\":\""
                                + identifier
                                + "\",\"password\":\""
                                + password
                                + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    private String registerConsumer(WebClient client, String email) {
        var created =
                client.postJson(
                        "/api/v1/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"Nguyễn Thị Lan\","
                                + "\"password\":\"mat-khau-123\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return tokenFor(client, email, "mat-khau-123");
    }

    @Test
    void a_consumer_registers_gets_a_bearer_token_and_reads_own_account() {
        var client = client();
        String email = uniqueEmail();
        String token = registerConsumer(client, email);

        var me = client.get("/api/v1/me", "Authorization", "Bearer " + token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asText()).isEqualTo(email);
        assertThat(me.json().get("role").asText()).isEqualTo("CONSUMER");
        assertThat(me.json().has("passwordHash")).isFalse();
    }

    @Test
    void a_phone_number_written_the_vietnamese_way_is_a_login() {
        var client = client();
        String local = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
        var created =
                client.postJson(
                        "/api/v1/accounts",
                        "{\"phone\":\""
                                + local
                                + "\",\"displayName\":\"Trần Văn Bình\","
                                + "\"password\":\"mat-khau-123\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("phone").asText()).isEqualTo("+84" + local.substring(1));

        String token = tokenFor(client, "+84 " + local.substring(1), "mat-khau-123");
        assertThat(client.get("/api/v1/me", "Authorization", "Bearer " + token).status())
                .isEqualTo(200);
    }

    @Test
    void a_call_without_a_token_gets_401_problem_json() {
        var response = client().get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("platform.unauthenticated");
    }

    @Test
    void a_forged_token_gets_401() {
        var response =
                client().get("/api/v1/me", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_consumer_calling_an_office_endpoint_gets_403_and_nothing_is_created() {
        var client = client();
        String token = registerConsumer(client, uniqueEmail());
        String staffEmail = uniqueEmail();

        var response =
                client.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + staffEmail
                                + "\",\"displayName\":\"X\","
                                + "\"password\":\"mat-khau-123\",\"role\":\"OFFICE_ADMIN\"}",
                        "Authorization",
                        "Bearer " + token);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("platform.forbidden");
        var login =
                client.postJson(
                        "/api/v1/auth/token",
                        "{\"identifier\":\"" + staffEmail + "\",\"password\":\"mat-khau-123\"}");
        assertThat(login.status()).isEqualTo(401);
    }

    @Test
    void the_office_creates_a_producer_member_bound_to_a_producer() {
        var client = client();
        String office = tokenFor(client, "office@ocop.test", "office-password-1");
        String producerId = UUID.randomUUID().toString();

        var unbound =
                client.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + uniqueEmail()
                                + "\",\"displayName\":\"HTX\","
                                + "\"password\":\"mat-khau-123\",\"role\":\"PRODUCER_MEMBER\"}",
                        "Authorization",
                        "Bearer " + office);
        assertThat(unbound.status()).isEqualTo(422);
        assertThat(unbound.json().get("errors").get(0).get("field").asText())
                .isEqualTo("producerId");

        String email = uniqueEmail();
        var created =
                client.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"HTX Nước mắm Cát Hải\","
                                + "\"password\":\"mat-khau-123\",\"role\":\"PRODUCER_MEMBER\","
                                + "\"producerId\":\""
                                + producerId
                                + "\"}",
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String member = tokenFor(client, email, "mat-khau-123");
        var me = client.get("/api/v1/me", "Authorization", "Bearer " + member);
        assertThat(me.json().get("producerId").asText()).isEqualTo(producerId);
    }

    @Test
    void malformed_json_gets_400_naming_the_field_and_no_java_internals() {
        var response = client().postJson("/api/v1/accounts", "{\"email\":\"broken");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("platform.malformed-request");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(response.body()).doesNotContain("java.").doesNotContain("vn.ocop");
    }

    @Test
    void a_value_of_the_wrong_json_type_gets_400() {
        var response =
                client().postJson(
                                "/api/v1/accounts",
                                "{\"email\":\"a@b.vn\",\"displayName\":[1,2],\"password\":\"mat-khau-123\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("platform.malformed-request");
    }

    @Test
    void invalid_fields_get_422_naming_every_field_in_vietnamese_by_default() {
        var response =
                client().postJson(
                                "/api/v1/accounts",
                                "{\"email\":\"not-an-email\",\"displayName\":\"\",\"password\":\"short\"}");

        assertThat(response.status()).isEqualTo(422);
        var errors = response.json().get("errors");
        assertThat(errors)
                .extracting(e -> e.get("field").asText())
                .containsExactly("displayName", "email", "password");
        assertThat(errors.get(2).get("message").asText()).isEqualTo("Độ dài phải từ 8 đến 72");
        assertThat(response.json().get("title").asText()).isEqualTo("Dữ liệu không hợp lệ");
    }

    @Test
    void problems_are_in_english_when_the_client_asks_for_english() {
        var response =
                client().postJson(
                                "/api/v1/accounts",
                                "{\"email\":\"a@b.vn\",\"displayName\":\"A\",\"password\":\"short\"}",
                                "Accept-Language",
                                "en");

        assertThat(response.json().get("title").asText()).isEqualTo("Invalid input");
        assertThat(response.json().get("errors").get(0).get("message").asText())
                .isEqualTo("Length must be between 8 and 72");
    }

    @Test
    void registering_the_same_email_twice_gets_409_and_keeps_the_first_account() {
        var client = client();
        String email = uniqueEmail();
        registerConsumer(client, email);

        var again =
                client.postJson(
                        "/api/v1/accounts",
                        "{\"email\":\""
                                + email.toUpperCase()
                                + "\",\"displayName\":\"B\","
                                + "\"password\":\"other-password\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("identity.identifier-taken");
        assertThat(tokenFor(client, email, "mat-khau-123")).isNotBlank();
    }

    @Test
    void repeated_failed_logins_are_throttled_even_for_the_right_password() {
        var client = client();
        String email = uniqueEmail();
        registerConsumer(client, email);
        String wrong = "{\"identifier\":\"" + email + "\",\"password\":\"wrong-password\"}";
        for (int i = 0; i < 5; i++) {
            var failed = client.postJson("/api/v1/auth/token", wrong);
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.json().get("code").asText())
                    .isEqualTo("identity.invalid-credentials");
        }

        var throttled =
                client.postJson(
                        "/api/v1/auth/token",
                        "{\"identifier\":\"" + email + "\",\"password\":\"mat-khau-123\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asText()).isEqualTo("identity.login-throttled");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void an_unknown_route_gets_404_problem_json() {
        var response = client().get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("platform.not-found");
    }

    @Test
    void an_oversized_body_gets_413_problem_json() {
        String huge = "{\"displayName\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}";

        var response = client().postJson("/api/v1/accounts", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asText()).isEqualTo("platform.payload-too-large");
    }
}
