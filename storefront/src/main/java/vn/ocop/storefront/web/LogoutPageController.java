package vn.ocop.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;

/**
 * Logging out is a form post (with its CSRF token) that clears the session cookie. The answer sends
 * the browser on through {@link #LOGGED_OUT} (inside the sale point counter's service worker
 * scope): on a counter device the worker forgets the cached counter pages there, so the next person
 * at a shared device never sees the last staff member's page offline; everywhere else that address
 * just leads on to the usual page after logging out.
 */
@Controller
@Hidden
public class LogoutPageController {

    /** The stop every logout makes on its way out (see {@code static/pos-sw.js}). */
    public static final String LOGGED_OUT = "/diem-ban/da-dang-xuat";

    @Serdeable
    public record LogoutForm(@Nullable String csrfToken) implements CsrfForm {}

    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final RedirectConfiguration redirects;

    LogoutPageController(
            LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
            RedirectConfiguration redirects) {
        this.logoutHandler = logoutHandler;
        this.redirects = redirects;
    }

    @Post(
            value = "/logout",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> logout(HttpRequest<?> request, @Body LogoutForm form) {
        MutableHttpResponse<?> response = logoutHandler.logout(request);
        if (response.getHeaders().contains(HttpHeaders.LOCATION)) {
            response.getHeaders().set(HttpHeaders.LOCATION, LOGGED_OUT);
        }
        return response;
    }

    /** Where a logout ends up when no counter service worker answered this address first. */
    @Get(value = LOGGED_OUT, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> loggedOut() {
        String next = redirects.getLogout();
        return HttpResponse.seeOther(URI.create(next == null || next.isBlank() ? "/" : next))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
