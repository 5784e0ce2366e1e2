package vn.ocop.platform.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.identity.api.CreateAccount;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.identity.api.Role;

/**
 * Makes sure the provincial office can log in on a new installation: if there is no office admin
 * yet, creates one from {@code OCOP_ADMIN_EMAIL}/{@code OCOP_ADMIN_PASSWORD}, generating a password
 * (printed once, here) when none is given.
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@ocop.local";

    private final AccountRepository accounts;
    private final IdentityApi identity;
    private final String email;
    private final String password;

    AdminBootstrap(
            AccountRepository accounts,
            IdentityApi identity,
            @Value("${ocop.admin.email:}") String email,
            @Value("${ocop.admin.password:}") String password) {
        this.accounts = accounts;
        this.identity = identity;
        this.email = email.isBlank() ? DEFAULT_EMAIL : email.trim();
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.existsByRole(Role.OFFICE_ADMIN)) {
            LOG.info("Office admin exists; log in as {} (or another office account)", email);
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? generatePassword() : password;
        try {
            identity.createAccount(
                    new CreateAccount(
                            email, null, "OCOP Office", secret, Role.OFFICE_ADMIN, null, null));
        } catch (RuntimeException raced) {
            if (accounts.existsByRole(Role.OFFICE_ADMIN)) {
                return; // another instance created it at the same moment
            }
            throw raced;
        }
        if (generated) {
            LOG.warn(
                    "\n================================================================\n"
                            + " First start: office admin created.\n"
                            + "   login:    {}\n"
                            + "   password: {}\n"
                            + " This password is shown only once. Set OCOP_ADMIN_PASSWORD to\n"
                            + " choose your own on a new installation.\n"
                            + "================================================================",
                    email,
                    secret);
        } else {
            LOG.info("Office admin {} created with the password from OCOP_ADMIN_PASSWORD", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
