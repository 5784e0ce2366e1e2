package vn.ocop.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.web.api.Problem;

/**
 * Anything no more specific handler claims is a bug: 500 with an incident id the user can quote,
 * the stack trace in the log, and no internals in the body.
 */
@Singleton
class UnexpectedExceptionHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    private final ProblemResponses responses;

    UnexpectedExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        String incident = UUID.randomUUID().toString();
        LOG.error(
                "Incident {} on {} {}",
                incident,
                request.getMethod(),
                request.getPath(),
                exception);
        return responses.of(
                request,
                PlatformError.INTERNAL_ERROR,
                "Incident " + incident,
                List.of(),
                Map.of("incident", incident));
    }
}
