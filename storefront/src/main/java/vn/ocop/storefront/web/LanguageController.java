package vn.ocop.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;

/** The language switch: remembers the choice in a cookie and returns to the same page. */
@Controller("/lang")
@Hidden
class LanguageController {

    static final String COOKIE = "lang";

    @Get(value = "/{code}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> switchTo(@PathVariable String code, @Nullable @QueryValue String next) {
        String lang = "en".equals(code) ? "en" : "vi";
        Cookie cookie =
                Cookie.of(COOKIE, lang)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .sameSite(SameSite.Lax);
        return HttpResponse.seeOther(URI.create(safeLocalPath(next))).cookie(cookie);
    }

    /** Only paths on this site: never an open redirect to another host. */
    static String safeLocalPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
