package vn.ocop.traceability.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What other modules may ask of traceability. Orders use {@link #maySell} before a sale (a recalled
 * or expired batch is refused at the counter and online) and {@link #batch} to show what was sold.
 */
public interface TraceabilityApi {

    /**
     * A batch by its GS1 keys.
     *
     * @param gtin GTIN-8, -12, -13 or -14 (normalised to 14 digits)
     * @param lot the lot code exactly as registered
     */
    Optional<BatchView> batch(String gtin, String lot);

    /**
     * Whether packs of this batch may be sold today (Vietnamese time): refused when the batch is
     * unknown, recalled, or past its expiry or best-before day.
     */
    SaleCheck maySell(String gtin, String lot);

    /**
     * What the public scan page shows for a batch, as an anonymous visitor sees it (the same data
     * as the public JSON at {@code /api/v1/traceability/batches/{gtin}/{lot}}): empty when the
     * batch is unknown or its product is hidden from the public.
     *
     * @param serial the unit's serial (AI 21) when the code carried one, else null
     * @param locale the visitor's language (English, else Vietnamese)
     */
    Optional<PublicBatch> publicBatch(String gtin, String lot, String serial, Locale locale);
}
