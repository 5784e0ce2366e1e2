package vn.ocop.platform.identity.api;

import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;

/** Accounts and logins, as the storefront and other modules use them. */
public interface IdentityApi {

    /** A consumer registers; fails with {@link IdentityError#IDENTIFIER_TAKEN} on a duplicate. */
    AccountView registerConsumer(@Valid RegisterConsumer command);

    /** The office creates an account of any role; producer/sale-point bindings are checked. */
    AccountView createAccount(@Valid CreateAccount command);

    /**
     * Checks an identifier (e-mail or phone) and password. Throws {@link
     * IdentityError#LOGIN_THROTTLED} after too many recent failures for that identifier and {@link
     * IdentityError#INVALID_CREDENTIALS} on a mismatch; never tells which part was wrong.
     */
    Authentication authenticate(String identifier, String password);

    Optional<AccountView> find(UUID accountId);
}
