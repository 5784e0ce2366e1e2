package vn.ocop.catalog.api;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/** Everything the catalogue refuses, with a stable code per reason. */
public enum CatalogError implements ErrorCode {
    PRODUCER_NOT_FOUND("catalog.producer-not-found", "Producer not found", ProblemKind.NOT_FOUND),
    PRODUCT_NOT_FOUND("catalog.product-not-found", "Product not found", ProblemKind.NOT_FOUND),
    CERTIFICATE_NOT_FOUND(
            "catalog.certificate-not-found", "Certificate not found", ProblemKind.NOT_FOUND),
    NOT_YOUR_PRODUCER(
            "catalog.not-your-producer", "Not a member of this producer", ProblemKind.FORBIDDEN),
    INVALID_FIELD("catalog.invalid-field", "Invalid value", ProblemKind.INVALID),
    UNKNOWN_GROUP("catalog.unknown-group", "Unknown product group", ProblemKind.INVALID),
    UNKNOWN_PROVINCE("catalog.unknown-province", "Unknown province", ProblemKind.INVALID),
    INVALID_GTIN("catalog.invalid-gtin", "Invalid GTIN", ProblemKind.INVALID),
    DUPLICATE_SKU("catalog.duplicate-sku", "SKU already used", ProblemKind.CONFLICT),
    DUPLICATE_GTIN("catalog.duplicate-gtin", "GTIN already used", ProblemKind.CONFLICT),
    DUPLICATE_REGISTRATION(
            "catalog.duplicate-registration",
            "Registration number already used",
            ProblemKind.CONFLICT),
    DECLARATION_REQUIRED(
            "catalog.declaration-required",
            "Declaration number required for regulated products",
            ProblemKind.INVALID),
    INVALID_TRANSITION(
            "catalog.invalid-transition",
            "Not possible in the listing's state",
            ProblemKind.CONFLICT),
    NO_VALID_CERTIFICATE(
            "catalog.no-valid-certificate",
            "A valid certificate of 3 stars or more is required",
            ProblemKind.CONFLICT),
    PRODUCER_NOT_VERIFIED(
            "catalog.producer-not-verified", "Producer not verified", ProblemKind.CONFLICT),
    SCORE_OUT_OF_RANGE("catalog.score-out-of-range", "Score must be 0 to 100", ProblemKind.INVALID),
    INVALID_DATES("catalog.invalid-dates", "Dates are not consistent", ProblemKind.INVALID),
    IMAGE_TOO_LARGE(
            "catalog.image-too-large", "Image file too large", ProblemKind.PAYLOAD_TOO_LARGE),
    IMAGE_UNSUPPORTED(
            "catalog.image-unsupported", "Only JPEG, PNG or WebP images", ProblemKind.INVALID),
    IMAGE_LIMIT("catalog.image-limit", "Too many images for one product", ProblemKind.CONFLICT),
    IMAGE_NOT_FOUND("catalog.image-not-found", "Image not found", ProblemKind.NOT_FOUND);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    CatalogError(String code, String title, ProblemKind kind) {
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
