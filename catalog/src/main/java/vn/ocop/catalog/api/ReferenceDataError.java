package vn.ocop.catalog.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * Refusals of the catalogue's reference data: provinces and origins, the taxonomy, synonyms. Titles
 * here are English fallbacks; {@code i18n/catalog-reference_*.properties} translates them.
 */
public enum ReferenceDataError implements ErrorCode {
    ORIGIN_REQUIRED("catalog.origin-required", "At least one origin is required"),
    ORIGIN_PROVINCE_REQUIRED("catalog.origin-province-required", "Province required"),
    UNKNOWN_PROVINCE("catalog.unknown-province", "Unknown province code"),
    ORIGIN_COMMUNE_REQUIRED("catalog.origin-commune-required", "Commune required"),
    ORIGIN_TEXT_TOO_LONG("catalog.origin-text-too-long", "At most 100 characters"),
    ORIGIN_DUPLICATE("catalog.origin-duplicate", "The same origin is listed twice"),

    TAXONOMY_NAME_REQUIRED("catalog.taxonomy-name-required", "Name required"),
    TAXONOMY_NAME_TOO_LONG("catalog.taxonomy-name-too-long", "At most 200 characters"),
    TAXONOMY_DESCRIPTION_REQUIRED("catalog.taxonomy-description-required", "Description required"),
    TAXONOMY_DESCRIPTION_TOO_LONG(
            "catalog.taxonomy-description-too-long", "At most 2000 characters"),
    GROUP_NOT_FOUND("catalog.group-not-found", "Product group not found", ProblemKind.NOT_FOUND),
    UNKNOWN_GROUP("catalog.unknown-group", "Unknown product group"),
    INVALID_SUBGROUP_CODE(
            "catalog.invalid-subgroup-code",
            "Subgroup code: capital letters, digits and underscores, at most 48"),
    SUBGROUP_EXISTS("catalog.subgroup-exists", "Subgroup code already used", ProblemKind.CONFLICT),
    SUBGROUP_NOT_FOUND(
            "catalog.subgroup-not-found", "Product subgroup not found", ProblemKind.NOT_FOUND),
    SUBGROUP_NOT_IN_GROUP(
            "catalog.subgroup-not-in-group", "Not a subgroup of the chosen product group"),
    INVALID_POSITION("catalog.invalid-position", "Position must be between 1 and 999"),
    INVALID_CRITERIA_SET("catalog.invalid-criteria-set", "Criteria set must be between 1 and 99"),
    TARGET_YEAR_OUT_OF_RANGE("catalog.target-year-out-of-range", "Year must be 2018 to 2100"),
    TARGET_OUT_OF_RANGE("catalog.target-out-of-range", "Target must be 0 to 100000"),

    SYNONYM_PHRASE_REQUIRED("catalog.synonym-phrase-required", "Phrase required"),
    SYNONYM_PHRASE_TOO_LONG("catalog.synonym-phrase-too-long", "At most 100 characters"),
    SYNONYM_ALTERNATIVES_REQUIRED(
            "catalog.synonym-alternatives-required", "At least one alternative is required"),
    SYNONYM_TOO_MANY_ALTERNATIVES(
            "catalog.synonym-too-many-alternatives", "At most 20 alternatives"),
    SYNONYM_ALTERNATIVE_REPEATED(
            "catalog.synonym-alternative-repeated",
            "Same as the term or another alternative once diacritics are ignored"),
    INVALID_SYNONYM_KIND("catalog.invalid-synonym-kind", "Kind must be SPELLING, PLACE or PRODUCT"),
    SYNONYM_EXISTS(
            "catalog.synonym-exists",
            "A synonym with this term already exists",
            ProblemKind.CONFLICT),
    SYNONYM_NOT_FOUND("catalog.synonym-not-found", "Synonym not found", ProblemKind.NOT_FOUND);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    ReferenceDataError(String code, String title) {
        this(code, title, ProblemKind.INVALID);
    }

    ReferenceDataError(String code, String title, ProblemKind kind) {
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
        return refusal(List.of(at(field)));
    }

    /** An exception without a field (not found, conflict), with values for the message. */
    public DomainException exception(String detail, Map<String, Object> arguments) {
        return new DomainException(this, detail, List.of(), arguments);
    }

    /**
     * One exception naming every refused field; the problem takes the first refusal's code, so a
     * single-field refusal reads naturally and several fields are all listed in {@code errors}.
     */
    public static DomainException refusal(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one violation");
        }
        String first = violations.get(0).code();
        ReferenceDataError code =
                Arrays.stream(values())
                        .filter(e -> e.code.equals(first))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Not ours: " + first));
        return new DomainException(code, null, violations, Map.of());
    }
}
