package vn.ocop.platform.web;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/** Errors the platform itself reports: framework-level request failures. */
public enum PlatformError implements ErrorCode {
    MALFORMED_REQUEST("platform.malformed-request", "Malformed request", ProblemKind.MALFORMED),
    VALIDATION_FAILED("platform.validation-failed", "Invalid input", ProblemKind.INVALID),
    UNAUTHENTICATED("platform.unauthenticated", "Login required", ProblemKind.UNAUTHENTICATED),
    FORBIDDEN("platform.forbidden", "Not allowed", ProblemKind.FORBIDDEN),
    CSRF_REJECTED(
            "platform.csrf-rejected",
            "The form has expired or did not come from this site",
            ProblemKind.FORBIDDEN),
    NOT_FOUND("platform.not-found", "Not found", ProblemKind.NOT_FOUND),
    CONFLICT("platform.conflict", "Conflict", ProblemKind.CONFLICT),
    PAYLOAD_TOO_LARGE(
            "platform.payload-too-large", "Request too large", ProblemKind.PAYLOAD_TOO_LARGE),
    TOO_MANY_REQUESTS(
            "platform.too-many-requests", "Too many requests", ProblemKind.TOO_MANY_REQUESTS),
    UNAVAILABLE("platform.unavailable", "Service unavailable", ProblemKind.UNAVAILABLE),
    METHOD_NOT_ALLOWED("platform.method-not-allowed", "Method not allowed", ProblemKind.MALFORMED),
    UNSUPPORTED_MEDIA_TYPE(
            "platform.unsupported-media-type", "Unsupported media type", ProblemKind.MALFORMED),
    NOT_ACCEPTABLE("platform.not-acceptable", "Not acceptable", ProblemKind.MALFORMED),
    INTERNAL_ERROR("platform.internal-error", "Internal error", ProblemKind.INTERNAL);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    PlatformError(String code, String title, ProblemKind kind) {
        this.code = code;
        this.title = title;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }

    /** The platform error that best names a bare HTTP status (used for framework errors). */
    public static PlatformError forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_FAILED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
