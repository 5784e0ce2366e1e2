package vn.ocop.catalog.importing;

import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * Refusals of bulk import: a file that cannot be taken at all (a 4xx problem naming the {@code
 * file} field) and the row-level problems that go into an import report. Titles are English
 * fallbacks; {@code i18n/catalog_vi} and {@code _en} translate them.
 */
enum ImportError implements ErrorCode {
    UNKNOWN_KIND("catalog.import-unknown-kind", "Unknown import kind", ProblemKind.NOT_FOUND),
    JOB_NOT_FOUND("catalog.import-job-not-found", "Import job not found", ProblemKind.NOT_FOUND),
    EMPTY_FILE("catalog.import-empty-file", "The file has no data rows"),
    FILE_TOO_LARGE(
            "catalog.import-file-too-large",
            "The file is too large",
            ProblemKind.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_FILE("catalog.import-unsupported-file", "Not an .xlsx or UTF-8 .csv file"),
    UNREADABLE_FILE("catalog.import-unreadable-file", "The file is damaged or cannot be read"),
    TOO_MANY_ROWS("catalog.import-too-many-rows", "The file has too many rows"),

    MISSING_COLUMN("catalog.import-missing-column", "A required column is missing"),
    DUPLICATE_COLUMN("catalog.import-duplicate-column", "The same column appears twice"),
    REQUIRED_VALUE("catalog.import-required-value", "A value is required"),
    NOT_A_NUMBER("catalog.import-not-a-number", "Not a number"),
    NOT_A_WHOLE_NUMBER("catalog.import-not-a-whole-number", "Not a whole number"),
    NOT_A_DATE("catalog.import-not-a-date", "Not a date"),
    UNKNOWN_VALUE("catalog.import-unknown-value", "Not one of the allowed values"),
    UNKNOWN_PRODUCER("catalog.import-unknown-producer", "No such producer"),
    AMBIGUOUS_PRODUCER("catalog.import-ambiguous-producer", "Several producers have this name"),
    UNKNOWN_PRODUCT("catalog.import-unknown-product", "No such product"),
    AMBIGUOUS_PRODUCT("catalog.import-ambiguous-product", "Several products match"),
    CONFLICTING_VALUE(
            "catalog.import-conflicting-value", "Rows of one product disagree on this value"),
    ORIGIN_MISMATCH(
            "catalog.import-origin-mismatch", "Provinces and communes do not pair up one to one"),
    STARS_MISMATCH("catalog.import-stars-mismatch", "The stars do not match the score"),
    ROW_FAILED("catalog.import-row-failed", "The row could not be saved"),
    INTERRUPTED("catalog.import-interrupted", "The import was interrupted");

    /** The request field that carries the uploaded file. */
    static final String FILE_FIELD = "file";

    private final String code;
    private final String title;
    private final ProblemKind kind;

    ImportError(String code, String title) {
        this(code, title, ProblemKind.INVALID);
    }

    ImportError(String code, String title, ProblemKind kind) {
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

    /** A refused upload, naming the {@code file} field; arguments fill the translated detail. */
    DomainException file(String detail, Map<String, Object> arguments) {
        return new DomainException(
                this, detail, List.of(new FieldViolation(FILE_FIELD, code, title)), arguments);
    }
}
