package vn.ocop.platform.identity.api;

import java.util.Locale;

/**
 * How people identify themselves: an e-mail address (compared case-insensitively) or a Vietnamese
 * mobile number written as {@code 0912 345 678}, {@code +84 912 345 678} or {@code 84912345678},
 * stored as {@code +84912345678}.
 */
public final class Identifiers {

    /** Accepts the usual ways of writing a Vietnamese mobile number. */
    public static final String PHONE_PATTERN = "^(\\+?84|0)[1-9][0-9 .-]{7,12}$";

    private Identifiers() {}

    public static boolean looksLikeEmail(String identifier) {
        return identifier != null && identifier.contains("@");
    }

    public static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Returns the phone in E.164 form, or null when it is not a Vietnamese number. */
    public static String normalizePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[ .\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return null;
        }
        if (digits.length() != 9
                || !digits.chars().allMatch(Character::isDigit)
                || digits.charAt(0) == '0') {
            return null;
        }
        return "+84" + digits;
    }

    /** The form an identifier is stored and compared in, whichever way it was typed. */
    public static String normalize(String identifier) {
        if (looksLikeEmail(identifier)) {
            return normalizeEmail(identifier);
        }
        String phone = normalizePhone(identifier);
        return phone != null ? phone : identifier == null ? "" : identifier.trim();
    }
}
