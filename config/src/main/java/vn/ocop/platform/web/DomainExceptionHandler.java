package vn.ocop.platform.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.web.api.Problem;

/** The one place a {@link DomainException} becomes an HTTP response. */
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    private final ProblemResponses responses;

    DomainExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<Problem> response = responses.of(request, exception);
        Object retryAfter = exception.arguments().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter.toString());
        }
        return response;
    }
}
