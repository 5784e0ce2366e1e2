package vn.ocop.catalog.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.HashMap;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;

/**
 * Turns what a use case refused into problems of the sheet: each refused field (as the API names
 * it, {@code variants[1].gtin}) goes to the row and column it came from, with the API's own code
 * and its message in both languages.
 */
final class Refusals {

    private final ImportMessages messages;

    Refusals(ImportMessages messages) {
        this.messages = messages;
    }

    void report(DomainException refused, FieldSources sources, Issues issues) {
        if (refused.violations().isEmpty()) {
            FieldSources.Place place = sources.locate(null);
            String code = refused.errorCode().code();
            String fallback =
                    refused.getMessage() == null
                            ? refused.errorCode().title()
                            : refused.getMessage();
            issues.add(
                    place.row(),
                    place.column(),
                    code,
                    messages.problem(code, refused.arguments(), fallback),
                    null);
            return;
        }
        for (FieldViolation violation : refused.violations()) {
            FieldSources.Place place = sources.locate(violation.field());
            issues.add(
                    place.row(),
                    place.column(),
                    violation.code(),
                    messages.problem(violation.code(), refused.arguments(), violation.message()),
                    null);
        }
    }

    void report(ConstraintViolationException invalid, FieldSources sources, Issues issues) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            var descriptor = violation.getConstraintDescriptor();
            String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
            FieldSources.Place place = sources.locate(fieldPath(violation.getPropertyPath()));
            issues.add(
                    place.row(),
                    place.column(),
                    "platform.constraint." + constraint,
                    messages.constraint(
                            constraint,
                            new HashMap<>(descriptor.getAttributes()),
                            violation.getMessage()),
                    null);
        }
    }

    /** The property path as the API would name it: {@code variants[0].priceVnd}. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && !field.isEmpty() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.toString();
    }
}
