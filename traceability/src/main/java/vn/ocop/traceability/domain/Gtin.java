package vn.ocop.traceability.domain;

import java.util.Optional;

/** GTIN-8, -12, -13 or -14 with a valid check digit, written as the 14 digits GS1 keys use. */
public final class Gtin {
    private Gtin() {}

    public static Optional<String> normalize(String gtin) {
        if (gtin == null) {
            return Optional.empty();
        }
        String digits = gtin.strip();
        int length = digits.length();
        if (!(length == 8 || length == 12 || length == 13 || length == 14)
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        String gtin14 = "0".repeat(14 - length) + digits;
        return checkDigit(gtin14.substring(0, 13)) == gtin14.charAt(13) - '0'
                ? Optional.of(gtin14)
                : Optional.empty();
    }

    /** The GS1 mod-10 check digit of the digits before it. */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
