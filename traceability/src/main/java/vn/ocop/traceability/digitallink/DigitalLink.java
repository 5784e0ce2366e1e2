package vn.ocop.traceability.digitallink;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A valid GS1 Digital Link URI and the AI data it carries: the primary key and its qualifiers from
 * the path, data attributes from the query. Obtain one with {@link #parse(String)}; write one for a
 * batch or a unit with {@link #forBatch} and {@link #forUnit}.
 */
public final class DigitalLink {

    private final String uri;
    private final String stem;
    private final List<AiValues.Resolved> path;
    private final List<AiValues.Resolved> attributes;

    DigitalLink(
            String uri,
            String stem,
            List<AiValues.Resolved> path,
            List<AiValues.Resolved> attributes) {
        this.uri = uri;
        this.stem = stem;
        this.path = List.copyOf(path);
        this.attributes = List.copyOf(attributes);
    }

    /**
     * Parses with the standard's defaults: zero-suppressed GTINs and unknown AIs are refused.
     *
     * @throws DigitalLinkException with the reason when the URI is not a valid Digital Link
     */
    public static DigitalLink parse(String uri) {
        return parse(uri, DigitalLinkOptions.DEFAULTS);
    }

    public static DigitalLink parse(String uri, DigitalLinkOptions options) {
        return new DigitalLinkParser(AiDictionary.standard(), options).parse(uri);
    }

    /**
     * The code printed on every pack of a batch: {@code https://host/01/<gtin>/10/<lot>}.
     *
     * @param baseUrl the public base URL; only its scheme and authority are used, because the
     *     resolver answers at the root of the public host
     * @throws DigitalLinkException when the GTIN's check digit is wrong, the lot is empty, longer
     *     than 20 or outside GS1 character set 82, or the base URL is not http(s)
     */
    public static String forBatch(String baseUrl, String gtin14, String lot) {
        return DigitalLinkGenerator.generate(
                origin(baseUrl), List.of(new AiElement("01", gtin14), new AiElement("10", lot)));
    }

    /** The code of one serialised unit: {@code https://host/01/<gtin>/10/<lot>/21/<serial>}. */
    public static String forUnit(String baseUrl, String gtin14, String lot, String serial) {
        return DigitalLinkGenerator.generate(
                origin(baseUrl),
                List.of(
                        new AiElement("01", gtin14),
                        new AiElement("10", lot),
                        new AiElement("21", serial)));
    }

    private static String origin(String baseUrl) {
        try {
            URI base = new URI(baseUrl);
            String scheme = base.getScheme();
            if (base.getRawAuthority() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new URISyntaxException(baseUrl, "not an absolute http(s) URL");
            }
            return scheme.toLowerCase(java.util.Locale.ROOT) + "://" + base.getRawAuthority();
        } catch (URISyntaxException | NullPointerException e) {
            throw new DigitalLinkException(
                    DigitalLinkError.INVALID_BASE_URL, "Not an absolute http(s) URL: " + baseUrl);
        }
    }

    /** The URI as given. */
    public String uri() {
        return uri;
    }

    /** Scheme, domain and any path before the primary key, e.g. {@code https://a/stem}. */
    public String stem() {
        return stem;
    }

    /** The primary key, e.g. {@code (01) 09520123456788}. */
    public AiElement primaryKey() {
        return path.get(0).element();
    }

    /** The AIs of the path: the key, then its qualifiers. */
    public List<AiElement> pathElements() {
        return path.stream().map(AiValues.Resolved::element).toList();
    }

    /** The AI data attributes of the query string, in URI order; other parameters are dropped. */
    public List<AiElement> attributes() {
        return attributes.stream().map(AiValues.Resolved::element).toList();
    }

    /** All AIs in URI order: path first, then query. */
    public List<AiElement> elements() {
        List<AiElement> all = new ArrayList<>(pathElements());
        all.addAll(attributes());
        return all;
    }

    /** The AI element string, {@code ^} standing for FNC1, e.g. {@code ^010952012345678810ABC}. */
    public String elementString() {
        List<AiValues.Resolved> all = new ArrayList<>(path);
        all.addAll(attributes);
        return AiData.toElementString(all);
    }

    /** The AI data as {@code (AI)value} pairs. */
    public String bracketed() {
        return AiData.toBracketed(elements());
    }

    public Optional<String> value(String ai) {
        return elements().stream().filter(e -> e.ai().equals(ai)).map(AiElement::value).findFirst();
    }

    public Optional<String> gtin() {
        return value("01");
    }

    public Optional<String> lot() {
        return value("10");
    }

    public Optional<String> serial() {
        return value("21");
    }

    /** AI (17), use-by or expiry date; a day of 00 means the last day of that month. */
    public Optional<LocalDate> expiry() {
        return date("17");
    }

    /** AI (15), best before. */
    public Optional<LocalDate> bestBefore() {
        return date("15");
    }

    /** AI (11), production date. */
    public Optional<LocalDate> productionDate() {
        return date("11");
    }

    /** AI (13), packaging date. */
    public Optional<LocalDate> packagingDate() {
        return date("13");
    }

    private Optional<LocalDate> date(String ai) {
        int year = Year.now(ZoneOffset.UTC).getValue();
        return value(ai).map(v -> Gs1Dates.toLocalDate(v, year));
    }

    List<AiValues.Resolved> resolvedPath() {
        return path;
    }

    List<AiValues.Resolved> resolvedAttributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DigitalLink link && link.uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return uri;
    }
}
