package vn.ocop.platform.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.csrf.filter.CsrfFilterConfiguration;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import io.micronaut.security.csrf.resolver.FutureCsrfTokenResolver;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Checks the CSRF token of form posts with micronaut-security-csrf's own resolvers (form field,
 * header) and validator (signed double-submit cookie). Only the filter glue is ours: the library's
 * {@code CsrfFilter} declares its future without {@code @Nullable} and fails intermittently with an
 * NPE when a form body arrives after the headers (micronaut-security issue 1984), so it is switched
 * off ({@code micronaut.security.csrf.filter.enabled=false}) and this one runs instead, at the same
 * place in the chain.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "micronaut.security.csrf.enabled", notEquals = "false")
@Requires(property = "micronaut.security.csrf.filter.enabled", value = "false")
class CsrfFormFilter implements Ordered {

    private final CsrfFilterConfiguration configuration;
    private final List<FutureCsrfTokenResolver<HttpRequest<?>>> resolvers;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> rejections;
    private final Pattern paths;

    CsrfFormFilter(
            CsrfFilterConfiguration configuration,
            List<CsrfTokenResolver<HttpRequest<?>>> resolvers,
            List<FutureCsrfTokenResolver<HttpRequest<?>>> futureResolvers,
            CsrfTokenValidator<HttpRequest<?>> validator,
            ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> rejections) {
        this.configuration = configuration;
        this.resolvers = FutureCsrfTokenResolver.of(resolvers, futureResolvers);
        this.validator = validator;
        this.rejections = rejections;
        this.paths = Pattern.compile(configuration.getRegexPattern());
    }

    @RequestFilter
    @Nullable
    public CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (!applies(request)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Boolean> valid = CompletableFuture.completedFuture(false);
        for (FutureCsrfTokenResolver<HttpRequest<?>> resolver : resolvers) {
            valid =
                    valid.thenCompose(
                            ok ->
                                    ok
                                            ? CompletableFuture.completedFuture(true)
                                            : resolver.resolveToken(request)
                                                    .exceptionally(e -> null)
                                                    .thenApply(token -> isValid(request, token)));
        }
        return valid.thenApply(ok -> ok ? null : reject(request));
    }

    private boolean isValid(HttpRequest<?> request, String token) {
        return token != null && !token.isBlank() && validator.validateCsrfToken(request, token);
    }

    private HttpResponse<?> reject(HttpRequest<?> request) {
        return rejections.handle(request, new AuthorizationException(null));
    }

    private boolean applies(HttpRequest<?> request) {
        return configuration.getMethods().contains(request.getMethod())
                && request.getContentType()
                        .map(
                                type ->
                                        configuration.getContentTypes().stream()
                                                .anyMatch(
                                                        allowed ->
                                                                allowed.getName()
                                                                        .equals(type.getName())))
                        .orElse(false)
                && paths.matcher(request.getPath()).matches();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order() + 100;
    }
}
