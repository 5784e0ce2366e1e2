package vn.ocop.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;

/** The login page; on success the JWT goes into an HTTP-only cookie (and a CSRF cookie). */
@Controller("/login")
@Hidden
public class LoginPageController {

    @Serdeable
    public record LoginForm(
            @Nullable String csrfToken, @Nullable String identifier, @Nullable String password)
            implements CsrfForm {}

    /** The page's own data: what was typed (never the password) and the error, if any. */
    public record LoginPage(String identifier, String errorKey, Long retryAfterSeconds) {}

    private final IdentityApi identity;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final PageContexts contexts;

    LoginPageController(
            IdentityApi identity,
            LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
            PageContexts contexts) {
        this.identity = identity;
        this.loginHandler = loginHandler;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String error) {
        String errorKey = error == null ? null : "login.error.invalid";
        return Pages.render("login", contexts.of(request), new LoginPage("", errorKey, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        String identifier = form.identifier() == null ? "" : form.identifier().trim();
        try {
            var authentication = identity.authenticate(identifier, form.password());
            return loginHandler.loginSuccess(authentication, request);
        } catch (DomainException e) {
            boolean throttled = e.errorCode().kind().status() == 429;
            Object wait = e.arguments().get("retryAfterSeconds");
            LoginPage page =
                    new LoginPage(
                            identifier,
                            throttled ? "login.error.throttled" : "login.error.invalid",
                            wait == null ? null : Long.valueOf(wait.toString()));
            HttpStatus status = throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
            return Pages.render(status, "login", contexts.of(request), page);
        }
    }
}
