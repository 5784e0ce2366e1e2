package vn.ocop.traceability.digitallink;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/**
 * Why a GS1 Digital Link URI or a set of AI data was refused. Every reason is a malformed
 * identifier (HTTP 400): the client sent or printed something that is not a valid GS1 code.
 */
public enum DigitalLinkError implements ErrorCode {
    ILLEGAL_CHARACTER("illegal-character", "The URI contains a character that URIs may not carry"),
    BAD_SCHEME("bad-scheme", "The URI must start with http:// or https://"),
    MISSING_DOMAIN_OR_PATH("missing-domain-or-path", "The URI has no domain or no path"),
    BAD_DOMAIN("bad-domain", "The domain contains an illegal character"),
    NO_PRIMARY_KEY("no-primary-key", "The path holds no GS1 primary key such as /01/<GTIN>"),
    INVALID_KEY_QUALIFIER_SEQUENCE(
            "invalid-key-qualifier-sequence",
            "The AIs in the path are not a valid key and qualifier sequence"),
    EMPTY_VALUE("empty-value", "An AI has an empty value"),
    ILLEGAL_NUL("illegal-nul", "A decoded AI value contains a NUL character (%00)"),
    UNKNOWN_AI("unknown-ai", "The AI is not known"),
    ZERO_SUPPRESSED_GTIN(
            "zero-suppressed-gtin", "A GTIN must be written with 14 digits (pad with zeros)"),
    VALUE_TOO_SHORT("value-too-short", "An AI value is too short"),
    VALUE_TOO_LONG("value-too-long", "An AI value is too long"),
    INVALID_CHARACTER("invalid-character", "An AI value has a character outside its character set"),
    INVALID_CHECK_DIGIT("invalid-check-digit", "An AI value has a wrong check digit"),
    INVALID_DATE("invalid-date", "An AI value is not a real date or time"),
    INVALID_VALUE("invalid-value", "An AI value breaks the rules of its AI"),
    QUALIFIER_IN_QUERY("qualifier-in-query", "A key qualifier was given in the query string"),
    NOT_A_DATA_ATTRIBUTE("not-a-data-attribute", "The AI may not be a Digital Link data attribute"),
    DUPLICATE_AI("duplicate-ai", "An AI occurs more than once"),
    TOO_MANY_AIS("too-many-ais", "More than 64 AIs"),
    INVALID_ASSOCIATION(
            "invalid-association", "An AI lacks a required AI or is paired with a forbidden one"),
    MALFORMED_AI_DATA("malformed-ai-data", "The AI element string could not be read"),
    INVALID_BASE_URL("invalid-base-url", "The base URL must be an absolute http(s) URL");

    private final String code;
    private final String title;

    DigitalLinkError(String code, String title) {
        this.code = "traceability.digital-link-" + code;
        this.title = title;
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
        return ProblemKind.MALFORMED;
    }
}
