package vn.ocop.traceability.digitallink;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A content check named in the syntax dictionary (the GS1 "Barcode Syntax Tests"): the check
 * returns {@code null} when the component is fine, otherwise a message.
 *
 * <p>A few checks need code lists that the JDK does not carry (ISO 3166 numeric country codes, ISO
 * 4217 currencies, UN/ECE package types, the coupon formats); for those only the component's
 * character set and length are checked. They concern logistics and coupon AIs, none of which OCOP
 * Market issues.
 */
record Linter(String name, DigitalLinkError reason, Function<String, String> check) {

    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET_39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CSET_64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static final Set<String> STRUCTURE_ONLY =
            Set.of(
                    "iso3166",
                    "iso3166999",
                    "iso3166list",
                    "iso4217",
                    "packagetype",
                    "couponcode",
                    "couponposoffer");

    private static final Map<String, Linter> NAMED =
            Map.ofEntries(
                    entry("csum", DigitalLinkError.INVALID_CHECK_DIGIT, CheckDigits::checkMod10),
                    entry(
                            "csumalpha",
                            DigitalLinkError.INVALID_CHECK_DIGIT,
                            CheckDigits::checkAlphaPair),
                    entry(
                            "gcppos1",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.companyPrefixAt(s, 0)),
                    entry(
                            "gcppos2",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.companyPrefixAt(s, 1)),
                    entry(
                            "yymmd0",
                            DigitalLinkError.INVALID_DATE,
                            s -> Gs1Dates.checkYymmdd(s, true)),
                    entry(
                            "yymmdd",
                            DigitalLinkError.INVALID_DATE,
                            s -> Gs1Dates.checkYymmdd(s, false)),
                    entry("yyyymmdd", DigitalLinkError.INVALID_DATE, Gs1Dates::checkYyyymmdd),
                    entry("hh", DigitalLinkError.INVALID_DATE, s -> Gs1Dates.checkRange(s, 0, 23)),
                    entry("mi", DigitalLinkError.INVALID_DATE, s -> Gs1Dates.checkRange(s, 0, 59)),
                    entry("ss", DigitalLinkError.INVALID_DATE, s -> Gs1Dates.checkRange(s, 0, 59)),
                    entry("hhmi", DigitalLinkError.INVALID_DATE, Gs1Dates::checkHhmi),
                    entry("zero", DigitalLinkError.INVALID_VALUE, s -> ContentChecks.oneOf(s, "0")),
                    entry("nonzero", DigitalLinkError.INVALID_VALUE, ContentChecks::nonZero),
                    entry(
                            "nozeroprefix",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::noZeroPrefix),
                    entry(
                            "yesno",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.oneOf(s, "0", "1")),
                    entry(
                            "hyphen",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.oneOf(s, "-")),
                    entry(
                            "winding",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.oneOf(s, "0", "1", "9")),
                    entry(
                            "iso5218",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.oneOf(s, "0", "1", "2", "9")),
                    entry("mediatype", DigitalLinkError.INVALID_VALUE, ContentChecks::mediaType),
                    entry(
                            "pieceoftotal",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::pieceOfTotal),
                    entry(
                            "posinseqslash",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::positionInSequence),
                    entry(
                            "importeridx",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::importerIndex),
                    entry("pcenc", DigitalLinkError.INVALID_VALUE, ContentChecks::percentEncoded),
                    entry(
                            "latitude",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.atMost(s, 1800000000L)),
                    entry(
                            "longitude",
                            DigitalLinkError.INVALID_VALUE,
                            s -> ContentChecks.atMost(s, 3600000000L)),
                    entry("iban", DigitalLinkError.INVALID_CHECK_DIGIT, CheckDigits::checkIban),
                    entry(
                            "hasnondigit",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::hasNonDigit),
                    entry(
                            "iso3166alpha2",
                            DigitalLinkError.INVALID_VALUE,
                            ContentChecks::countryAlpha2));

    private static Map.Entry<String, Linter> entry(
            String name, DigitalLinkError reason, Function<String, String> check) {
        return Map.entry(name, new Linter(name, reason, check));
    }

    /** The linter for a dictionary name; an unknown name is a broken dictionary. */
    static Linter named(String name) {
        Linter linter = NAMED.get(name);
        if (linter != null) {
            return linter;
        }
        if (STRUCTURE_ONLY.contains(name)) {
            return new Linter(name, DigitalLinkError.INVALID_VALUE, s -> null);
        }
        throw new IllegalArgumentException("Unknown linter in the syntax dictionary: " + name);
    }

    static Linter forCharset(char charset) {
        return switch (charset) {
            case 'N' ->
                    new Linter("csetnumeric", DigitalLinkError.INVALID_CHARACTER, Linter::digits);
            case 'X' -> charsetLinter("cset82", CSET_82, "GS1 character set 82");
            case 'Y' -> charsetLinter("cset39", CSET_39, "GS1 character set 39");
            case 'Z' -> new Linter("cset64", DigitalLinkError.INVALID_CHARACTER, Linter::base64url);
            default -> throw new IllegalArgumentException("Unknown character set " + charset);
        };
    }

    private static Linter charsetLinter(String name, String allowed, String label) {
        return new Linter(
                name,
                DigitalLinkError.INVALID_CHARACTER,
                s -> {
                    for (int i = 0; i < s.length(); i++) {
                        if (allowed.indexOf(s.charAt(i)) < 0) {
                            return describe(s.charAt(i))
                                    + " at position "
                                    + (i + 1)
                                    + " is not in "
                                    + label;
                        }
                    }
                    return null;
                });
    }

    static String describe(char c) {
        return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("character U+%04X", (int) c);
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return describe(c) + " at position " + (i + 1) + " is not a digit";
            }
        }
        return null;
    }

    private static String base64url(String s) {
        String data = s.replaceFirst("={1,2}$", "");
        for (int i = 0; i < data.length(); i++) {
            if (CSET_64.indexOf(data.charAt(i)) < 0) {
                return describe(data.charAt(i)) + " is not in GS1 character set 64";
            }
        }
        return null;
    }
}
