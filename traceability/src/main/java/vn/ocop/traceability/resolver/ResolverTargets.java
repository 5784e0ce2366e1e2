package vn.ocop.traceability.resolver;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.traceability.digitallink.AiElement;
import vn.ocop.traceability.digitallink.DigitalLinkGenerator;

/**
 * Where the resolver sends a scan, written in one place: the consumer page under {@code /trace},
 * the batch's EPCIS export, the certificate, and the canonical Digital Link (the linkset's anchor).
 * All absolute on the public host ({@code ocop.public-base-url}).
 */
@Singleton
public class ResolverTargets {

    /** The consumer scan page's path prefix; the storefront serves the HTML there. */
    public static final String PAGE_PREFIX = "/trace";

    private final String origin;

    ResolverTargets(@Value("${ocop.public-base-url}") String publicBaseUrl) {
        URI base = URI.create(publicBaseUrl);
        this.origin = base.getScheme().toLowerCase(Locale.ROOT) + "://" + base.getRawAuthority();
    }

    /** Scheme and authority of the public host, e.g. {@code https://ocop.example.vn}. */
    public String origin() {
        return origin;
    }

    /** The canonical GS1 Digital Link URI of a code at this level (lot and serial optional). */
    public String digitalLink(String gtin14, String lot, String serial) {
        List<AiElement> data = new ArrayList<>();
        data.add(new AiElement("01", gtin14));
        if (lot != null) {
            data.add(new AiElement("10", lot));
        }
        if (serial != null) {
            data.add(new AiElement("21", serial));
        }
        return DigitalLinkGenerator.generate(origin, data);
    }

    /** {@code /trace/01/<gtin>[/10/<lot>][/21/<serial>]}, path values percent-encoded. */
    public String page(String gtin14, String lot, String serial) {
        return digitalLink(gtin14, lot, serial)
                .replaceFirst("^https?://[^/]+", origin + PAGE_PREFIX);
    }

    /** The batch's history as an EPCIS document. */
    public String traceability(String gtin14, String lot) {
        return origin
                + "/api/v1/traceability/batches/"
                + gtin14
                + "/"
                + encodedLot(gtin14, lot)
                + "/epcis";
    }

    /** The lot as the Digital Link writes it in a path segment (percent-encoded, no '/'). */
    private String encodedLot(String gtin14, String lot) {
        String link = digitalLink(gtin14, lot, null);
        return link.substring(link.lastIndexOf("/10/") + 4);
    }

    /** The product's OCOP certificate as GS1 CertificationDetails JSON-LD. */
    public String certification(String gtin14) {
        return origin + "/api/v1/traceability/certification/01/" + gtin14;
    }

    /** The linkset of a code. */
    public String linkset(String gtin14, String lot, String serial) {
        return digitalLink(gtin14, lot, serial) + "?linkType=linkset";
    }
}
