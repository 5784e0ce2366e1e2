package vn.ocop.traceability.epcis;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.traceability.domain.Gtin;

/**
 * Reads the GTIN (and lot) out of an EPC or EPC class, whatever its syntax: a GS1 Digital Link URI
 * on any host ({@code https://host/01/<gtin>/10/<lot>}), or an EPC URN ({@code urn:epc:id:sgtin:},
 * {@code urn:epc:class:lgtin:}, {@code urn:epc:idpat:sgtin:}).
 */
public final class Identifiers {

    private static final Pattern DIGITAL_LINK =
            Pattern.compile(
                    "^https?://[^/]+(?:/[^?#]*)?/01/(\\d{8,14})(?:/22/[^/?#]+)?(?:/10/([^/?#]+))?.*");
    private static final Pattern EPC_URN =
            Pattern.compile(
                    "^urn:epc:(?:id:sgtin|class:lgtin|idpat:sgtin):(\\d+)\\.(\\d+)\\.([^.]*)$");

    private Identifiers() {}

    public record LotOf(String gtin, String lot) {
        /** The key stored in {@code epcis_events.lots}. */
        public String key() {
            return gtin + "/" + lot;
        }
    }

    public static Optional<String> gtin(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        Matcher dl = DIGITAL_LINK.matcher(identifier);
        if (dl.matches()) {
            return Gtin.normalize(dl.group(1));
        }
        Matcher urn = EPC_URN.matcher(identifier);
        if (urn.matches()) {
            String companyPrefix = urn.group(1);
            String itemReference = urn.group(2);
            if (companyPrefix.length() + itemReference.length() != 13 || itemReference.isEmpty()) {
                return Optional.empty();
            }
            String body = itemReference.charAt(0) + companyPrefix + itemReference.substring(1);
            return Gtin.normalize(body + Gtin.checkDigit(body));
        }
        return Optional.empty();
    }

    /** The lot an identifier names: a Digital Link with AI (10), or an LGTIN class. */
    public static Optional<LotOf> lot(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        Matcher dl = DIGITAL_LINK.matcher(identifier);
        if (dl.matches() && dl.group(2) != null) {
            return gtin(identifier).map(g -> new LotOf(g, decode(dl.group(2))));
        }
        if (identifier.startsWith("urn:epc:class:lgtin:")) {
            Matcher urn = EPC_URN.matcher(identifier);
            if (urn.matches()) {
                return gtin(identifier).map(g -> new LotOf(g, decode(urn.group(3))));
            }
        }
        return Optional.empty();
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return component;
        }
    }
}
