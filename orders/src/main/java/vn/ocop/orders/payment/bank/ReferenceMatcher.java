package vn.ocop.orders.payment.bank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ocop.kernel.OrderNumber;
import vn.ocop.kernel.VietnameseText;

/**
 * Finds the order numbers a bank transfer's content may refer to. Banks and buyers mangle the
 * reference: upper or lower case, dashes and spaces dropped or added, other words and phone numbers
 * glued on ({@code "CK OCOP2026000123 0912345678"}). The content is reduced to upper-case letters
 * and digits; after each {@code OCOP} come four year digits and a sequence of six or more digits
 * whose end is unknown, so every length from six up is a candidate, shortest first.
 */
public final class ReferenceMatcher {

    private static final String PREFIX = "OCOP";
    private static final int MAX_SEQUENCE_DIGITS = 12;

    private ReferenceMatcher() {}

    /** Candidate order numbers in canonical form ({@code OCOP-2026-000123}), best first. */
    public static List<String> candidates(String content) {
        if (content == null) {
            return List.of();
        }
        String compact = compact(content);
        Set<String> found = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int at = compact.indexOf(PREFIX, from);
            if (at < 0) {
                break;
            }
            int digitsStart = at + PREFIX.length();
            int end = digitsStart;
            while (end < compact.length() && Character.isDigit(compact.charAt(end))) {
                end++;
            }
            String digits = compact.substring(digitsStart, end);
            if (digits.length() >= 10) {
                String year = digits.substring(0, 4);
                int maxLength = Math.min(digits.length() - 4, MAX_SEQUENCE_DIGITS);
                for (int length = 6; length <= maxLength; length++) {
                    String number = PREFIX + "-" + year + "-" + digits.substring(4, 4 + length);
                    if (OrderNumber.isValid(number)) {
                        found.add(number);
                    }
                }
            }
            from = digitsStart;
        }
        return new ArrayList<>(found);
    }

    /** Upper-case ASCII letters and digits only; Vietnamese letters folded first. */
    static String compact(String content) {
        String folded = VietnameseText.fold(content).toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
