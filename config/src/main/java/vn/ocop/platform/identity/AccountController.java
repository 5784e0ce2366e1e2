package vn.ocop.platform.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.CreateAccount;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.identity.api.IdentityError;
import vn.ocop.platform.identity.api.RegisterConsumer;
import vn.ocop.platform.identity.api.Role;

/** Accounts over the JSON API: consumer self-registration, the office's account creation, me. */
@Controller("/api/v1")
@Tag(name = "Accounts")
class AccountController {

    private final IdentityApi identity;

    AccountController(IdentityApi identity) {
        this.identity = identity;
    }

    @Post("/accounts")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register as a consumer")
    HttpResponse<AccountView> register(@Body @Valid RegisterConsumer command) {
        return HttpResponse.created(identity.registerConsumer(command));
    }

    @Post("/office/accounts")
    @Secured(Role.Names.OFFICE_ADMIN)
    @Operation(summary = "Create a producer, sale-point or office account (office only)")
    HttpResponse<AccountView> create(@Body @Valid CreateAccount command) {
        return HttpResponse.created(identity.createAccount(command));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The logged-in account")
    AccountView me(Authentication authentication) {
        return identity.find(UUID.fromString(authentication.getName()))
                .orElseThrow(
                        () ->
                                new DomainException(
                                        IdentityError.ACCOUNT_NOT_FOUND,
                                        "Account no longer exists"));
    }
}
