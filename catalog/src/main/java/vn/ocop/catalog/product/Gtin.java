package vn.ocop.catalog.product;

import java.util.Optional;

/**
 * GS1 trade item numbers as producers print them: GTIN-13 (EAN-13, Vietnam's prefix 893) or
 * GTIN-14, always stored as 14 digits, valid only with the right mod-10 check digit.
 */
public final class Gtin {

    private Gtin() {}

    /** The GTIN-14 form, or empty when the input is not a GTIN-13/14 with a correct check digit. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.trim();
        if (!digits.chars().allMatch(Character::isDigit)
                || (digits.length() != 13 && digits.length() != 14)) {
            return Optional.empty();
        }
        String gtin14 = digits.length() == 13 ? "0" + digits : digits;
        return checkDigit(gtin14.substring(0, 13)) == gtin14.charAt(13) - '0'
                ? Optional.of(gtin14)
                : Optional.empty();
    }

    /** GS1 check digit of the first 13 digits: weights 3,1,3,… from the left of a GTIN-14 body. */
    static int checkDigit(String body13) {
        int sum = 0;
        for (int i = 0; i < body13.length(); i++) {
            int digit = body13.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
