package vn.ocop.traceability.digitallink;

import java.util.Locale;
import java.util.Set;

/** The small content checks of the syntax dictionary; each returns a problem or {@code null}. */
final class ContentChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ContentChecks() {}

    static String companyPrefixAt(String s, int offset) {
        if (s.length() < offset + 4 || !Linter.allDigits(s.substring(offset, offset + 4))) {
            return "does not start with a GS1 Company Prefix (four digits at position "
                    + (offset + 1)
                    + ")";
        }
        return null;
    }

    static String oneOf(String s, String... allowed) {
        for (String a : allowed) {
            if (a.equals(s)) {
                return null;
            }
        }
        return "'" + s + "' is not one of " + String.join(", ", allowed);
    }

    static String nonZero(String s) {
        return s.chars().allMatch(c -> c == '0') ? "must not be zero" : null;
    }

    static String noZeroPrefix(String s) {
        return s.length() > 1 && s.charAt(0) == '0' ? "must not start with zero" : null;
    }

    static String hasNonDigit(String s) {
        return Linter.allDigits(s) ? "must contain a character other than a digit" : null;
    }

    static String mediaType(String s) {
        int type = Integer.parseInt(s);
        return (type >= 1 && type <= 10) || type >= 80 ? null : "unknown AIDC media type " + s;
    }

    static String pieceOfTotal(String s) {
        int piece = Integer.parseInt(s.substring(0, 2));
        int total = Integer.parseInt(s.substring(2));
        return piece == 0 || total == 0 || piece > total
                ? "piece " + piece + " of " + total + " is impossible"
                : null;
    }

    static String positionInSequence(String s) {
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

    static String importerIndex(String s) {
        char c = s.charAt(0);
        boolean ok = Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_';
        return ok ? null : Linter.describe(c) + " is not a valid importer index";
    }

    static String percentEncoded(String s) {
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

    static String atMost(String s, long limit) {
        return Long.parseLong(s) > limit ? s + " is out of range" : null;
    }

    static String countryAlpha2(String s) {
        return COUNTRIES.contains(s) ? null : "'" + s + "' is not an ISO 3166 country code";
    }
}
