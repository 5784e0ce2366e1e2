package vn.ocop.catalog.search;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;

/**
 * What search refuses. A bad request names every refused parameter in {@code errors}, each with its
 * own code; titles and messages are translated in {@code i18n/catalog-search_*.properties}.
 */
enum SearchError implements ErrorCode {
    INVALID_SEARCH("catalog.invalid-search", "Invalid search parameters", ProblemKind.INVALID),
    UNAVAILABLE(
            "catalog.search-unavailable",
            "Search is temporarily unavailable",
            ProblemKind.UNAVAILABLE),
    REINDEX_NOT_FOUND("catalog.reindex-not-found", "No such reindex job", ProblemKind.NOT_FOUND);

    /** Codes of single refused parameters, with English fallback messages. */
    enum Violation {
        TEXT_TOO_LONG("catalog.search-text-too-long", "At most 200 characters"),
        UNKNOWN_GROUP("catalog.unknown-group", "Unknown product group"),
        UNKNOWN_SUBGROUP("catalog.unknown-subgroup", "Unknown subgroup, or not in this group"),
        UNKNOWN_PROVINCE("catalog.unknown-province", "Unknown province"),
        STARS_OUT_OF_RANGE("catalog.stars-out-of-range", "Stars must be 1 to 5"),
        NEGATIVE_PRICE("catalog.negative-price", "A price cannot be negative"),
        PRICE_RANGE_REVERSED(
                "catalog.price-range-reversed", "The lowest price is above the highest"),
        PAGE_OUT_OF_RANGE(
                "catalog.page-out-of-range", "Pages start at 1 and reach 10,000 results at most"),
        SIZE_OUT_OF_RANGE("catalog.size-out-of-range", "Page size must be 1 to 100"),
        UNKNOWN_SORT(
                "catalog.unknown-sort",
                "Sort must be RELEVANCE, PRICE_ASC, PRICE_DESC, STARS or NEWEST");

        private final String code;
        private final String message;

        Violation(String code, String message) {
            this.code = code;
            this.message = message;
        }

        FieldViolation at(String field) {
            return new FieldViolation(field, code, message);
        }
    }

    private final String code;
    private final String title;
    private final ProblemKind kind;

    SearchError(String code, String title, ProblemKind kind) {
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
}
