package vn.ocop.platform.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response of the API ({@code
 * application/problem+json}). {@code code} is stable and is what clients translate by; {@code
 * title} and {@code detail} are already translated for the request's language.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: where, why (translated) and the stable code. */
    @Serdeable
    public record FieldError(String field, String message, String code) {}

    public static String typeOf(String code) {
        return "urn:ocop:problem:" + code;
    }
}
