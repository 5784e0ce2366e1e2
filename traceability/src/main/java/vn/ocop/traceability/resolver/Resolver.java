package vn.ocop.traceability.resolver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.digitallink.DigitalLink;
import vn.ocop.traceability.epcis.EpcisJson;

/**
 * The resolver's rules (GS1 Digital Link 1.2, conformant resolver):
 *
 * <ul>
 *   <li>the request path and query must be a valid GS1 Digital Link URI with a GTIN (wrong check
 *       digit, bad AI order, bad characters, impossible dates → 400 with the reason);
 *   <li>a GTIN of no published product, or a lot of no batch of it → 404;
 *   <li>no {@code linkType}, or {@code gs1:pip} → 307 to the consumer page; {@code
 *       gs1:traceability} → the batch's EPCIS history; {@code gs1:certificationInfo} → the OCOP
 *       certificate; {@code linkset} or {@code all}, or an {@code Accept} of {@code
 *       application/linkset+json} → the linkset; any other link type → 404;
 *   <li>the query string, less {@code linkType}, is passed on to the redirect target.
 * </ul>
 */
@Singleton
public class Resolver {

    public static final String LINKSET_MEDIA_TYPE = "application/linkset+json";

    private final ResolverTargets targets;
    private final KnownCodes codes;
    private final Cache<String, Parsed> parsedUris =
            Caffeine.newBuilder().maximumSize(10_000).build();

    Resolver(ResolverTargets targets, KnownCodes codes) {
        this.targets = targets;
        this.codes = codes;
    }

    /**
     * @param rawPath the request path as sent, percent-encoding kept, e.g. {@code /01/…/10/A%2F1}
     * @param rawQuery the query as sent, or null
     * @param linkType the {@code linkType} parameter, or null
     * @param acceptsLinkset whether the client asked for {@code application/linkset+json}
     */
    public Resolution resolve(
            String rawPath, String rawQuery, String linkType, boolean acceptsLinkset) {
        DigitalLink link =
                DigitalLink.parse(
                        targets.origin() + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
        String gtin =
                link.gtin()
                        .orElseThrow(
                                () ->
                                        TraceabilityError.UNKNOWN_CODE.exception(
                                                "This resolver answers GTIN codes only"));
        String lot = link.lot().orElse(null);
        String serial = link.serial().orElse(null);
        KnownCodes.Known known =
                codes.find(gtin, lot)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.UNKNOWN_CODE.exception(
                                                lot == null
                                                        ? "No published product has GTIN " + gtin
                                                        : "No published batch "
                                                                + gtin
                                                                + "/"
                                                                + lot));
        ResolvedCode code =
                new ResolvedCode(
                        gtin,
                        lot,
                        serial,
                        known.productId(),
                        known.producerId(),
                        known.batchId(),
                        known.recalled());
        String linksetUri = targets.linkset(gtin, lot, serial);
        boolean wantsLinkset =
                linkType == null
                        ? acceptsLinkset
                        : linkType.equals("linkset") || linkType.equals("all");
        if (wantsLinkset) {
            return new Resolution.Linkset(code, linksetUri, linkset(code));
        }
        LinkType type =
                linkType == null
                        ? LinkType.PIP
                        : LinkType.of(linkType).orElseThrow(() -> unknownLinkType(linkType));
        String target =
                switch (type) {
                    case PIP -> targets.page(gtin, lot, serial);
                    case TRACEABILITY -> {
                        if (lot == null) {
                            throw unknownLinkType(linkType);
                        }
                        yield targets.traceability(gtin, lot);
                    }
                    case CERTIFICATION_INFO -> targets.certification(gtin);
                };
        return new Resolution.Redirect(code, linksetUri, target + passedOn(rawQuery));
    }

    /**
     * The fast path's resolve ({@link ResolverFastPath}): the redirect {@link #resolve} gives for a
     * request without a linkset {@code Accept}, when it can be had without reading the database
     * (the code is in {@link KnownCodes}' cache); {@code null} for anything else (a linkset, an
     * unknown code or link type, a code not cached), which the caller then hands to the controller.
     * The parsed Digital Link and the URIs derived from it are kept per request URI (they depend on
     * nothing else), so a code scanned again costs a cache look-up.
     *
     * @throws RuntimeException for a malformed Digital Link
     */
    Resolution.Redirect cachedRedirect(String rawPath, String rawQuery, String linkType) {
        if (linkType != null && (linkType.equals("linkset") || linkType.equals("all"))) {
            return null;
        }
        LinkType type = linkType == null ? LinkType.PIP : LinkType.of(linkType).orElse(null);
        if (type == null) {
            return null;
        }
        String uri = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        Parsed parsed = parsedUris.getIfPresent(uri);
        if (parsed == null) {
            DigitalLink link = DigitalLink.parse(targets.origin() + uri);
            if (link.gtin().isEmpty()) {
                return null;
            }
            String gtin = link.gtin().get();
            String lot = link.lot().orElse(null);
            String serial = link.serial().orElse(null);
            parsed =
                    new Parsed(
                            gtin,
                            lot,
                            serial,
                            targets.linkset(gtin, lot, serial),
                            targets.page(gtin, lot, serial),
                            passedOn(rawQuery));
            parsedUris.put(uri, parsed);
        }
        Optional<KnownCodes.Known> found = codes.cached(parsed.gtin(), parsed.lot());
        if (found == null || found.isEmpty()) {
            return null;
        }
        KnownCodes.Known known = found.get();
        String target =
                switch (type) {
                    case PIP -> parsed.page();
                    case TRACEABILITY ->
                            parsed.lot() == null
                                    ? null
                                    : targets.traceability(parsed.gtin(), parsed.lot());
                    case CERTIFICATION_INFO -> targets.certification(parsed.gtin());
                };
        if (target == null) {
            return null;
        }
        ResolvedCode code =
                new ResolvedCode(
                        parsed.gtin(),
                        parsed.lot(),
                        parsed.serial(),
                        known.productId(),
                        known.producerId(),
                        known.batchId(),
                        known.recalled());
        return new Resolution.Redirect(code, parsed.linksetUri(), target + parsed.passedOn());
    }

    /** A request URI's Digital Link and what the fast path derives from it. */
    private record Parsed(
            String gtin,
            String lot,
            String serial,
            String linksetUri,
            String page,
            String passedOn) {}

    private static RuntimeException unknownLinkType(String linkType) {
        return TraceabilityError.UNKNOWN_LINK_TYPE.exception(
                "No " + linkType + " link for this code");
    }

    /** The query less {@code linkType}, as {@code ?…}, or empty. */
    static String passedOn(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!parameter.isEmpty() && !name.equals("linkType")) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    /**
     * RFC 9264 linkset: one context object per level the code has (serial, lot, GTIN), each with
     * its anchor and, keyed by the link type's URI, the target links with title (Vietnamese, and
     * English in {@code title*}), media type and languages.
     */
    ObjectNode linkset(ResolvedCode code) {
        ObjectNode root = EpcisJson.MAPPER.createObjectNode();
        ArrayNode contexts = root.putArray("linkset");
        if (code.serial() != null) {
            level(contexts, code.gtin(), code.lot(), code.serial(), List.of(LinkType.PIP));
        }
        if (code.lot() != null) {
            level(contexts, code.gtin(), code.lot(), null, List.of(LinkType.values()));
        }
        level(
                contexts,
                code.gtin(),
                null,
                null,
                List.of(LinkType.PIP, LinkType.CERTIFICATION_INFO));
        return root;
    }

    private void level(
            ArrayNode contexts, String gtin, String lot, String serial, List<LinkType> types) {
        ObjectNode context = contexts.addObject();
        context.put("anchor", targets.digitalLink(gtin, lot, serial));
        for (LinkType type : types) {
            String href =
                    switch (type) {
                        case PIP -> targets.page(gtin, lot, serial);
                        case TRACEABILITY -> targets.traceability(gtin, lot);
                        case CERTIFICATION_INFO -> targets.certification(gtin);
                    };
            target(context.putArray(type.uri()), type, href);
            if (type == LinkType.PIP) {
                target(context.putArray(LinkType.VOCABULARY + "defaultLink"), type, href);
            }
        }
    }

    private static void target(ArrayNode list, LinkType type, String href) {
        ObjectNode target = list.addObject();
        target.put("href", href);
        target.put("title", type.titleVi());
        target.putArray("title*").addObject().put("value", type.titleEn()).put("language", "en");
        target.put("type", type.mediaType());
        target.putArray("hreflang").add("vi").add("en");
    }

    /** Whether an {@code Accept} header asks for the linkset. */
    static boolean acceptsLinkset(Optional<String> accept) {
        return accept.map(a -> a.contains(LINKSET_MEDIA_TYPE)).orElse(false);
    }
}
