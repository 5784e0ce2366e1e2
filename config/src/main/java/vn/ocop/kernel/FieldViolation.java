package vn.ocop.kernel;

import java.util.Objects;

/**
 * One reason a field was refused: the field's path as the client sent it (e.g. {@code
 * variants[0].gtin}), a stable code and a human-readable message.
 */
public record FieldViolation(String field, String code, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
