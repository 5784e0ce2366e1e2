package vn.ocop.storefront.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.repository.CsrfLoginCookieProvider;
import java.util.Optional;

/**
 * Double-submit CSRF protection for server-rendered forms: every page (GET) carries a signed token
 * in a cookie and the same token in its forms; micronaut-security-csrf's filter refuses form posts
 * whose field does not match the cookie. Here we only make sure the cookie exists before a form is
 * shown, also to visitors who have not logged in yet. A redirect shows no form, and the page it
 * leads to gets the cookie: so a QR code's 307 (the resolver) carries no cookie, as the resolver's
 * fast path answers it (ADR 0011).
 */
@ServerFilter("/**")
class CsrfCookieFilter {

    static final String ATTRIBUTE = "ocop.csrfToken";
    private static final String NEW_COOKIE = "ocop.csrfCookie";

    private final CsrfLoginCookieProvider cookies;
    private final CsrfConfiguration configuration;

    CsrfCookieFilter(CsrfLoginCookieProvider cookies, CsrfConfiguration configuration) {
        this.cookies = cookies;
        this.configuration = configuration;
    }

    @RequestFilter
    void ensureToken(HttpRequest<?> request) {
        Optional<String> existing =
                request.getCookies()
                        .findCookie(configuration.getCookieName())
                        .map(Cookie::getValue);
        if (existing.isPresent() && !existing.get().isBlank()) {
            request.setAttribute(ATTRIBUTE, existing.get());
            return;
        }
        boolean pageRequest =
                request.getMethod() == HttpMethod.GET
                        && request.accept().stream()
                                .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (!pageRequest) {
            return;
        }
        Cookie cookie = cookies.provideCookie(request);
        request.setAttribute(ATTRIBUTE, cookie.getValue());
        request.setAttribute(NEW_COOKIE, cookie);
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() >= 300 && response.code() < 400) {
            return;
        }
        request.getAttribute(NEW_COOKIE, Cookie.class).ifPresent(response::cookie);
    }
}
