package vn.ocop.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;

/**
 * Security rejections: a browser opening a page it may not see is sent to the login page (the
 * library's behaviour); anything else, including a form post refused by the CSRF filter, is
 * answered plainly — 403 for a refused form, 401/403 problem otherwise — never with a redirect that
 * would hide the refusal.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationRejections extends DefaultAuthorizationExceptionHandler {

    private final ErrorResponseProcessor<?> errors;

    AuthorizationRejections(
            ErrorResponseProcessor<?> errors,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            PriorToLoginPersistence priorToLoginPersistence) {
        super(errors, redirectConfiguration, redirectService, priorToLoginPersistence);
        this.errors = errors;
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException e) {
        boolean safe =
                request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        return safe && super.shouldRedirect(request, e);
    }

    @Override
    protected MutableHttpResponse<?> httpResponseWithStatus(
            HttpRequest<?> request, AuthorizationException e) {
        if (isFormPost(request)) {
            return errors.processResponse(
                    ErrorContext.builder(request).cause(e).errorMessage("Forbidden").build(),
                    io.micronaut.http.HttpResponse.status(HttpStatus.FORBIDDEN));
        }
        return super.httpResponseWithStatus(request, e);
    }

    private static boolean isFormPost(HttpRequest<?> request) {
        return request.getMethod() != HttpMethod.GET
                && request.getContentType()
                        .map(
                                t ->
                                        t.getName().equals("application/x-www-form-urlencoded")
                                                || t.getName().equals("multipart/form-data"))
                        .orElse(false);
    }
}
