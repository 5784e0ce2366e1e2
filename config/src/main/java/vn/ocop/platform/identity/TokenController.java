package vn.ocop.platform.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.platform.identity.api.IdentityApi;

/** Bearer tokens for API clients (sale-point devices, producers' systems, scripts). */
@Controller("/api/v1/auth")
@Tag(name = "Accounts")
class TokenController {

    @Serdeable
    record TokenRequest(
            @NotBlank @Size(max = 254) String identifier,
            @NotBlank @Size(max = 72) String password) {}

    private final IdentityApi identity;
    private final AccessRefreshTokenGenerator tokens;

    TokenController(IdentityApi identity, AccessRefreshTokenGenerator tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange an e-mail or phone and password for a bearer token")
    AccessRefreshToken token(@Body @Valid TokenRequest request) {
        var authentication = identity.authenticate(request.identifier(), request.password());
        return tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("Token generation is not configured"));
    }
}
