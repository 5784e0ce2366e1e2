package vn.ocop.bench.fuzz;

import java.nio.charset.StandardCharsets;
import vn.ocop.traceability.digitallink.DigitalLink;
import vn.ocop.traceability.digitallink.DigitalLinkOptions;

/**
 * Jazzer target for the GS1 Digital Link parser, with the strict defaults and with every option
 * relaxed. A parsed link must also survive its own accessors (element string, bracketed form,
 * dates), since the resolver calls them on whatever parsed.
 */
public final class DigitalLinkFuzz {

    private DigitalLinkFuzz() {}

    private static final DigitalLinkOptions RELAXED = new DigitalLinkOptions(true, true, false);

    /** The bytes as UTF-8, parsed with the strict defaults and with every option relaxed. */
    public static void fuzzerTestOneInput(byte[] data) {
        String uri = new String(data, StandardCharsets.UTF_8);
        parse(uri, DigitalLinkOptions.DEFAULTS);
        parse(uri, RELAXED);
    }

    static void parse(String uri, DigitalLinkOptions options) {
        Findings.expectOnlyDocumentedRefusals(
                () -> {
                    DigitalLink link = DigitalLink.parse(uri, options);
                    link.elementString();
                    link.bracketed();
                    link.uri();
                    link.gtin();
                    link.expiry();
                    link.bestBefore();
                    link.productionDate();
                    link.packagingDate();
                });
    }
}
