package vn.ocop.kernel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A failure that the domain anticipates and the client can act on. It is rendered as {@code
 * application/problem+json} with its {@link ErrorCode}; anything else that escapes is a bug.
 */
public class DomainException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final List<FieldViolation> violations;
    private final Map<String, Object> arguments;

    public DomainException(ErrorCode errorCode, String detail) {
        this(errorCode, detail, List.of(), Map.of());
    }

    public DomainException(
            ErrorCode errorCode,
            String detail,
            List<FieldViolation> violations,
            Map<String, Object> arguments) {
        super(detail);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.violations = List.copyOf(violations);
        this.arguments = Map.copyOf(arguments);
    }

    /** One invalid field, the most common case. */
    public static DomainException invalidField(ErrorCode errorCode, String field, String message) {
        return new DomainException(
                errorCode,
                message,
                List.of(new FieldViolation(field, errorCode.code(), message)),
                Map.of());
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Values that translated messages may interpolate, e.g. {@code {"retryAfterSeconds": 60}}. */
    public Map<String, Object> arguments() {
        return arguments;
    }
}
