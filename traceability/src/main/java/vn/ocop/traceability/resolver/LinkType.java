package vn.ocop.traceability.resolver;

import java.util.Arrays;
import java.util.Optional;

/** The GS1 link types (https://gs1.org/voc/) this resolver offers. */
public enum LinkType {
    /** Product information page: the consumer scan page. The default link. */
    PIP(
            "pip",
            "text/html",
            "Thông tin sản phẩm và truy xuất nguồn gốc",
            "Product and traceability information"),
    /** The batch's history as an EPCIS 2.0 JSON-LD document. */
    TRACEABILITY(
            "traceability",
            "application/ld+json",
            "Lịch sử lô hàng (EPCIS 2.0)",
            "Batch history (EPCIS 2.0)"),
    /** The product's OCOP certificate as GS1 CertificationDetails. */
    CERTIFICATION_INFO(
            "certificationInfo", "application/ld+json", "Giấy chứng nhận OCOP", "OCOP certificate");

    public static final String VOCABULARY = "https://gs1.org/voc/";

    private final String term;
    private final String mediaType;
    private final String titleVi;
    private final String titleEn;

    LinkType(String term, String mediaType, String titleVi, String titleEn) {
        this.term = term;
        this.mediaType = mediaType;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
    }

    /** {@code gs1:pip}, {@code https://gs1.org/voc/pip} or {@code http://gs1.org/voc/pip}. */
    public static Optional<LinkType> of(String text) {
        return Arrays.stream(values())
                .filter(
                        t ->
                                text.equals("gs1:" + t.term)
                                        || text.equals(VOCABULARY + t.term)
                                        || text.equals("http://gs1.org/voc/" + t.term))
                .findFirst();
    }

    public String curie() {
        return "gs1:" + term;
    }

    public String uri() {
        return VOCABULARY + term;
    }

    public String mediaType() {
        return mediaType;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }
}
