package vn.ocop.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.web.api.Problem;

/**
 * Bean-validation failures become 422 problems whose {@code errors[].field} is the path as the
 * client wrote it ({@code email}, {@code variants[0].price}), not the Java method signature.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    private final ProblemResponses responses;
    private final ProblemTranslator translator;

    ConstraintViolationHandler(ProblemResponses responses, ProblemTranslator translator) {
        this.responses = responses;
        this.translator = translator;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
        List<FieldViolation> violations =
                e.getConstraintViolations().stream()
                        .map(v -> toViolation(request, v))
                        .sorted(Comparator.comparing(FieldViolation::field))
                        .toList();
        String detail = violations.isEmpty() ? null : violations.get(0).message();
        return responses.of(request, PlatformError.VALIDATION_FAILED, detail, violations, Map.of());
    }

    /** Translated here because the constraint's own attributes ({min}, {max}) fill the message. */
    private FieldViolation toViolation(HttpRequest<?> request, ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = new java.util.HashMap<>(descriptor.getAttributes());
        String message =
                translator.message(
                        request, "constraint." + constraint, attributes, violation.getMessage());
        return new FieldViolation(
                fieldPath(violation.getPropertyPath()),
                "platform.constraint." + constraint,
                message);
    }

    /**
     * Drops the method and the body parameter; keeps a query parameter's own name. A node "in an
     * iterable" carries the index of the collection before it: {@code variants[0].priceVnd}.
     */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && !field.isEmpty()) {
                appendIndex(field, node);
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
