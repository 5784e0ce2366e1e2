package vn.ocop.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;

/**
 * Security rejections: a browser opening a page (GET) it may not see is sent to the login page (the
 * library's behaviour); any other request is answered plainly with a 401/403 problem, never with a
 * redirect that would hide the refusal of a post.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationRejections extends DefaultAuthorizationExceptionHandler {

    AuthorizationRejections(
            ErrorResponseProcessor<?> errors,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            PriorToLoginPersistence priorToLoginPersistence) {
        super(errors, redirectConfiguration, redirectService, priorToLoginPersistence);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException e) {
        boolean safe =
                request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        return safe && super.shouldRedirect(request, e);
    }
}
