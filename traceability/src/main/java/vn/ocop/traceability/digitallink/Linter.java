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
                    entry("gcppos1", DigitalLinkError.INVALID_VALUE, s -> companyPrefixAt(s, 0)),
                    entry("gcppos2", DigitalLinkError.INVALID_VALUE, s -> companyPrefixAt(s, 1)),
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
                    entry("zero", DigitalLinkError.INVALID_VALUE, s -> oneOf(s, "0")),
                    entry("nonzero", DigitalLinkError.INVALID_VALUE, Linter::nonZero),
                    entry("nozeroprefix", DigitalLinkError.INVALID_VALUE, Linter::noZeroPrefix),
                    entry("yesno", DigitalLinkError.INVALID_VALUE, s -> oneOf(s, "0", "1")),
                    entry("hyphen", DigitalLinkError.INVALID_VALUE, s -> oneOf(s, "-")),
                    entry("winding", DigitalLinkError.INVALID_VALUE, s -> oneOf(s, "0", "1", "9")),
                    entry(
                            "iso5218",
                            DigitalLinkError.INVALID_VALUE,
                            s -> oneOf(s, "0", "1", "2", "9")),
                    entry("mediatype", DigitalLinkError.INVALID_VALUE, Linter::mediaType),
                    entry("pieceoftotal", DigitalLinkError.INVALID_VALUE, Linter::pieceOfTotal),
                    entry(
                            "posinseqslash",
                            DigitalLinkError.INVALID_VALUE,
                            Linter::positionInSequence),
                    entry("importeridx", DigitalLinkError.INVALID_VALUE, Linter::importerIndex),
                    entry("pcenc", DigitalLinkError.INVALID_VALUE, Linter::percentEncoded),
                    entry("latitude", DigitalLinkError.INVALID_VALUE, s -> atMost(s, 1800000000L)),
                    entry("longitude", DigitalLinkError.INVALID_VALUE, s -> atMost(s, 3600000000L)),
                    entry("iban", DigitalLinkError.INVALID_CHECK_DIGIT, CheckDigits::checkIban),
                    entry("hasnondigit", DigitalLinkError.INVALID_VALUE, Linter::hasNonDigit),
                    entry("iso3166alpha2", DigitalLinkError.INVALID_VALUE, Linter::countryAlpha2));

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

    private static String companyPrefixAt(String s, int offset) {
        if (s.length() < offset + 4 || !allDigits(s.substring(offset, offset + 4))) {
            return "does not start with a GS1 Company Prefix (four digits at position "
                    + (offset + 1)
                    + ")";
        }
        return null;
    }

    private static String oneOf(String s, String... allowed) {
        for (String a : allowed) {
            if (a.equals(s)) {
                return null;
            }
        }
        return "'" + s + "' is not one of " + String.join(", ", allowed);
    }

    private static String nonZero(String s) {
        return s.chars().allMatch(c -> c == '0') ? "must not be zero" : null;
    }

    private static String noZeroPrefix(String s) {
        return s.length() > 1 && s.charAt(0) == '0' ? "must not start with zero" : null;
    }

    private static String hasNonDigit(String s) {
        return allDigits(s) ? "must contain a character other than a digit" : null;
    }

    private static String mediaType(String s) {
        int type = Integer.parseInt(s);
        return (type >= 1 && type <= 10) || type >= 80 ? null : "unknown AIDC media type " + s;
    }

    private static String pieceOfTotal(String s) {
        int piece = Integer.parseInt(s.substring(0, 2));
        int total = Integer.parseInt(s.substring(2));
        return piece == 0 || total == 0 || piece > total
                ? "piece " + piece + " of " + total + " is impossible"
                : null;
    }

    private static String positionInSequence(String s) {
        boolean ok =
                s.length() == 3
                        && s.charAt(1) == '/'
                        && s.charAt(0) >= '1'
                        && s.charAt(0) <= '9'
                        && s.charAt(2) >= '1'
                        && s.charAt(2) <= '9'
                        && s.charAt(0) <= s.charAt(2);
        return ok ? null : "'" + s + "' is not a position n/m in a sequence";
    }

    private static String importerIndex(String s) {
        char c = s.charAt(0);
        boolean ok = Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_';
        return ok ? null : describe(c) + " is not a valid importer index";
    }

    private static String percentEncoded(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%'
                    && (i + 2 >= s.length()
                            || !PercentEncoding.isHex(s.charAt(i + 1))
                            || !PercentEncoding.isHex(s.charAt(i + 2)))) {
                return "'%' at position " + (i + 1) + " is not followed by two hex digits";
            }
        }
        return null;
    }

    private static String atMost(String s, long limit) {
        return Long.parseLong(s) > limit ? s + " is out of range" : null;
    }

    private static String countryAlpha2(String s) {
        return Set.of(java.util.Locale.getISOCountries()).contains(s)
                ? null
                : "'" + s + "' is not an ISO 3166 country code";
    }
}
