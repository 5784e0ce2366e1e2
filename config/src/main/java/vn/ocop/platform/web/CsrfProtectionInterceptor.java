package vn.ocop.platform.web;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;

/**
 * Checks a form's CSRF token with micronaut-security-csrf's validator once the form is bound: a
 * {@link CsrfForm} argument, or a {@code String csrfToken} argument (multipart part).
 *
 * <p>Why not the library's {@code CsrfFilter}: it reads the form body inside the filter chain, and
 * with the legacy security, metrics and views filters around it that fails intermittently with an
 * NPE in {@code AroundLegacyFilter} when the body arrives after the headers (micronaut-security
 * issue 1984, micronaut-core issue 11341). Checking after binding needs no second read of the body.
 * The library's filter is switched off in platform-defaults.yml.
 */
@Singleton
@InterceptorBean(CsrfProtected.class)
class CsrfProtectionInterceptor implements MethodInterceptor<Object, Object> {

    private final CsrfTokenValidator<HttpRequest<?>> validator;

    CsrfProtectionInterceptor(CsrfTokenValidator<HttpRequest<?>> validator) {
        this.validator = validator;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request =
                ServerRequestContext.currentRequest()
                        .orElseThrow(() -> new IllegalStateException("No HTTP request"));
        if (bearerAuthenticated(request)) {
            return context.proceed(); // no ambient credentials, nothing to forge
        }
        String token = null;
        Object[] values = context.getParameterValues();
        var parameters = context.getArguments();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof CsrfForm form) {
                token = form.csrfToken();
            } else if ("csrfToken".equals(parameters[i].getName())
                    && values[i] instanceof String s) {
                token = s;
            }
        }
        if (token == null || token.isBlank() || !validator.validateCsrfToken(request, token)) {
            throw new DomainException(
                    PlatformError.CSRF_REJECTED, "Missing or invalid CSRF token; reload the page");
        }
        return context.proceed();
    }

    /**
     * A request authenticated by an {@code Authorization: Bearer} header carries no cookie the
     * browser would add on its own, so it cannot be a cross-site forgery (API clients).
     */
    private static boolean bearerAuthenticated(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse("");
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
