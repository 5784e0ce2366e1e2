package vn.ocop.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.web.api.Problem;

/**
 * Renders every framework-level error (unknown route, malformed JSON, wrong parameter types,
 * oversized bodies, security rejections) as {@code application/problem+json}. Server errors never
 * carry the exception's message: internals stay in the log.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private final ProblemTranslator translator;

    ProblemBodyProvider(ProblemTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        PlatformError code = PlatformError.forStatus(status);
        boolean serverError = status >= 500;
        String detail =
                serverError || context.getErrors().isEmpty()
                        ? null
                        : context.getErrors().get(0).getMessage();
        List<FieldViolation> violations =
                serverError
                        ? List.of()
                        : context.getErrors().stream()
                                .filter(e -> e.getPath().isPresent())
                                .map(
                                        e ->
                                                new FieldViolation(
                                                        e.getPath().get(),
                                                        "platform.invalid-value",
                                                        e.getMessage()))
                                .toList();
        return translator.problem(context.getRequest(), code, status, detail, violations, Map.of());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
