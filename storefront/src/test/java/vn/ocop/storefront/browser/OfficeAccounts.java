package vn.ocop.storefront.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import vn.ocop.testkit.WebClient;

/**
 * Office accounts for the office journeys: the bootstrap office (configured with {@code
 * ocop.admin.*}) creates a fresh office account through the REST API, as a real office would.
 */
final class OfficeAccounts {

    static final String BOOTSTRAP_EMAIL = "office@journey.test";
    static final String BOOTSTRAP_PASSWORD = "office-password-1";
    static final String PASSWORD = "van-phong-123";

    private OfficeAccounts() {}

    /** A new office account's e-mail (its password is {@link #PASSWORD}). */
    static String create(URI base) {
        WebClient http = new WebClient(base);
        String bootstrap = http.token(BOOTSTRAP_EMAIL, BOOTSTRAP_PASSWORD);
        String email = "can-bo-" + UUID.randomUUID() + "@vanphong.vn";
        var created =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"Cán bộ OCOP\",\"password\":\"%s\",\"role\":\"OFFICE_ADMIN\"}"
                                .formatted(email, PASSWORD),
                        "Authorization",
                        "Bearer " + bootstrap);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }
}
