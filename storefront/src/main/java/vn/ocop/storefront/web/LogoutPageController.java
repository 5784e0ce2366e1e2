package vn.ocop.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;

/** Logging out is a form post (with its CSRF token) that clears the session cookie. */
@Controller("/logout")
@Hidden
public class LogoutPageController {

    @Serdeable
    public record LogoutForm(@Nullable String csrfToken) implements CsrfForm {}

    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    LogoutPageController(LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.logoutHandler = logoutHandler;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> logout(HttpRequest<?> request, @Body LogoutForm form) {
        return logoutHandler.logout(request);
    }
}
