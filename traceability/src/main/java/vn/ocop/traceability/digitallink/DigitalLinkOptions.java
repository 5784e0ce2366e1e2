package vn.ocop.traceability.digitallink;

/**
 * Switches of the reference GS1 Barcode Syntax Engine that the codec honours. {@link #DEFAULTS} is
 * what the standard asks for and what OCOP Market uses; the others exist for reading legacy codes.
 *
 * @param permitZeroSuppressedGtin accept GTIN-8/12/13 in AI (01) and pad them to 14 digits
 * @param permitUnknownAis accept AIs that the dictionary does not define (e.g. {@code 89})
 * @param unknownAiNotDataAttribute refuse unknown AIs as query-string data attributes
 */
public record DigitalLinkOptions(
        boolean permitZeroSuppressedGtin,
        boolean permitUnknownAis,
        boolean unknownAiNotDataAttribute) {

    public static final DigitalLinkOptions DEFAULTS = new DigitalLinkOptions(false, false, true);
}
