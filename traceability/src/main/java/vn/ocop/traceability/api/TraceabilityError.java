package vn.ocop.traceability.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * Everything traceability refuses, one stable code per reason. Titles here are English fallbacks;
 * {@code i18n/traceability_vi.properties} and {@code _en} translate titles and field messages.
 */
public enum TraceabilityError implements ErrorCode {
    REQUIRED("traceability.required", "Required"),
    TOO_LONG("traceability.too-long", "Too long"),
    INVALID_GTIN("traceability.invalid-gtin", "Not a GTIN with a valid check digit"),
    UNKNOWN_GTIN("traceability.unknown-gtin", "No product variant in the catalogue has this GTIN"),
    INVALID_LOT(
            "traceability.invalid-lot",
            "Lot code: 1 to 20 characters of GS1 character set 82 (letters, digits, some signs)"),
    UNKNOWN_UNIT("traceability.unknown-unit", "Unit: PIECE, KG, G, TONNE, L or ML"),
    UNKNOWN_STEP("traceability.unknown-step", "Step: HARVEST, PROCESSING or PACKING"),
    NOT_POSITIVE("traceability.not-positive", "Must be more than zero"),
    END_DATE_REQUIRED(
            "traceability.end-date-required", "An expiry or a best-before date is required"),
    DATE_IN_FUTURE("traceability.date-in-future", "Must not be after today"),
    HARVEST_AFTER_PRODUCTION(
            "traceability.harvest-after-production", "Harvest must not be after production"),
    PROCESSING_OUT_OF_ORDER(
            "traceability.processing-out-of-order",
            "Processing must come after every harvest and before every packing"),
    PACKING_BEFORE_PRODUCTION(
            "traceability.packing-before-production", "Packing must not be before production"),
    END_DATE_TOO_EARLY(
            "traceability.end-date-too-early",
            "Expiry and best-before must not be before production or packing"),
    TEST_BEFORE_PRODUCTION(
            "traceability.test-before-production",
            "A lab test of the batch must not be before its production"),
    SAMPLE_KEPT_TOO_SHORT(
            "traceability.sample-kept-too-short",
            "The retained sample must be kept at least until production"),
    CERTIFICATE_PERIOD_INVERTED(
            "traceability.certificate-period-inverted", "Valid-from must not be after valid-until"),
    CERTIFICATE_NOT_VALID(
            "traceability.certificate-not-valid",
            "The certificate was not valid at harvest (or production, when there was no harvest)"),
    RESULT_VALUE_REQUIRED(
            "traceability.result-value-required", "A lab result needs a number or a text"),
    NOT_YOUR_PRODUCT(
            "traceability.not-your-product",
            "Only the product's producers (or the office) may do this",
            ProblemKind.FORBIDDEN),
    DUPLICATE_LOT(
            "traceability.duplicate-lot",
            "This lot code is already registered for this GTIN",
            ProblemKind.CONFLICT),
    BATCH_NOT_FOUND("traceability.batch-not-found", "Batch not found", ProblemKind.NOT_FOUND),
    ALREADY_RECALLED(
            "traceability.already-recalled", "The batch is already recalled", ProblemKind.CONFLICT),
    DOCUMENT_TOO_LARGE(
            "traceability.document-too-large",
            "EPCIS documents are limited to 2 MB",
            ProblemKind.PAYLOAD_TOO_LARGE),
    MALFORMED_DOCUMENT(
            "traceability.malformed-document", "Not a JSON document", ProblemKind.MALFORMED),
    INVALID_EPCIS(
            "traceability.invalid-epcis", "The document does not follow the EPCIS 2.0 schema"),
    NOT_AN_EPCIS_DOCUMENT(
            "traceability.not-an-epcis-document",
            "Capture takes an EPCISDocument with an eventList"),
    NOT_YOUR_EVENTS(
            "traceability.not-your-events",
            "A producer may capture events only about its own products",
            ProblemKind.FORBIDDEN),
    CAPTURE_NOT_FOUND(
            "traceability.capture-not-found", "Capture job not found", ProblemKind.NOT_FOUND),
    INVALID_QUERY("traceability.invalid-query", "Invalid query parameter", ProblemKind.MALFORMED),
    UNKNOWN_CODE(
            "traceability.unknown-code",
            "No published product or batch has this code",
            ProblemKind.NOT_FOUND),
    UNKNOWN_LINK_TYPE(
            "traceability.unknown-link-type",
            "The resolver has no link of this type for this code",
            ProblemKind.NOT_FOUND),
    NO_CERTIFICATE(
            "traceability.no-certificate",
            "The product has no OCOP certificate",
            ProblemKind.NOT_FOUND);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    TraceabilityError(String code, String title) {
        this(code, title, ProblemKind.INVALID);
    }

    TraceabilityError(String code, String title, ProblemKind kind) {
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

    /** This refusal for one field, with the English title as fallback message. */
    public FieldViolation at(String field) {
        return new FieldViolation(field, code, title);
    }

    /** This refusal for one field, as an exception. */
    public DomainException refuse(String field) {
        return new DomainException(this, title, List.of(at(field)), Map.of());
    }

    /** An exception about no particular field (not found, conflict, forbidden). */
    public DomainException exception(String detail) {
        return new DomainException(this, detail);
    }

    /**
     * One exception naming every refused field; the problem takes the first refusal's code, and
     * {@code errors[]} lists them all.
     */
    public static DomainException refusal(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one violation");
        }
        String first = violations.get(0).code();
        TraceabilityError code =
                Arrays.stream(values())
                        .filter(e -> e.code.equals(first))
                        .findFirst()
                        .orElse(INVALID_EPCIS);
        return new DomainException(code, code.title, violations, Map.of());
    }
}
