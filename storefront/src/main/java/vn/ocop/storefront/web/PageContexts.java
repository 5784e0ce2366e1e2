package vn.ocop.storefront.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Builds the {@link PageContext} of the current request. */
@Singleton
public class PageContexts {

    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final SecurityService security;

    PageContexts(MessageSource messages, HttpLocaleResolver locales, SecurityService security) {
        this.messages = messages;
        this.locales = locales;
        this.security = security;
    }

    public PageContext of(HttpRequest<?> request) {
        Locale locale = supported(locales.resolveOrDefault(request));
        String csrf = request.getAttribute(CsrfCookieFilter.ATTRIBUTE, String.class).orElse("");
        Authentication user = security.getAuthentication().orElse(null);
        String name =
                user == null
                        ? null
                        : String.valueOf(user.getAttributes().getOrDefault("name", user.getName()));
        String role = user == null ? null : user.getRoles().stream().findFirst().orElse(null);
        String query = request.getUri().getRawQuery();
        String path =
                query == null || query.isEmpty()
                        ? request.getPath()
                        : request.getPath() + "?" + query;
        return new PageContext(locale, messages, csrf, name, role, path);
    }

    /** Vietnamese unless English was asked for: those are the two languages we ship. */
    static Locale supported(Locale requested) {
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
