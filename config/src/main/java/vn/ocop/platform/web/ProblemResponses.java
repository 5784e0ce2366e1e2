package vn.ocop.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.web.api.Problem;

/** Builds {@code application/problem+json} responses for handlers and controllers alike. */
@Singleton
public class ProblemResponses {

    private final ProblemTranslator translator;

    ProblemResponses(ProblemTranslator translator) {
        this.translator = translator;
    }

    public MutableHttpResponse<Problem> of(HttpRequest<?> request, DomainException exception) {
        return of(
                request,
                exception.errorCode(),
                exception.getMessage(),
                exception.violations(),
                exception.arguments());
    }

    public MutableHttpResponse<Problem> of(
            HttpRequest<?> request,
            ErrorCode code,
            String detail,
            List<FieldViolation> violations,
            Map<String, Object> arguments) {
        int status = code.kind().status();
        Problem problem = translator.problem(request, code, status, detail, violations, arguments);
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
