package vn.ocop.catalog.api;

import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * Refusals about communes. Titles are English fallbacks; {@code
 * i18n/catalog-reference_*.properties} translates them.
 */
public enum CommuneError implements ErrorCode {
    PROVINCE_NOT_FOUND("catalog.province-not-found", "Province not found", ProblemKind.NOT_FOUND),
    COMMUNE_NOT_FOUND("catalog.commune-not-found", "Commune not found", ProblemKind.NOT_FOUND),
    COMMUNE_NOT_IN_PROVINCE(
            "catalog.commune-not-in-province",
            "Not a commune of the chosen province",
            ProblemKind.INVALID);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    CommuneError(String code, String title, ProblemKind kind) {
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

    /** An exception without a field (not found), with values for the message. */
    public DomainException exception(String detail, Map<String, Object> arguments) {
        return new DomainException(this, detail, List.of(), arguments);
    }
}
