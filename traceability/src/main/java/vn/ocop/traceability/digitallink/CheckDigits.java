package vn.ocop.traceability.digitallink;

import java.math.BigInteger;

/** The check digit schemes the syntax dictionary names: GS1 mod 10, GS1 alphanumeric pair, IBAN. */
final class CheckDigits {

    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET_32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private CheckDigits() {}

    /** The GS1 mod-10 check digit for the given digits (weights 3,1,3,… from the right). */
    static int mod10(CharSequence digitsWithoutCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            sum += weight * (digitsWithoutCheck.charAt(i) - '0');
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    static String checkMod10(String digits) {
        int expected = mod10(digits.subSequence(0, digits.length() - 1));
        int actual = digits.charAt(digits.length() - 1) - '0';
        return expected == actual
                ? null
                : "check digit is " + actual + " but should be " + expected;
    }

    /**
     * The GS1 check character pair for alphanumeric keys (GMN): CSET 82 values weighted by primes
     * from the right, modulo 1021, split into two CSET 32 characters.
     */
    static String checkAlphaPair(String s) {
        if (s.length() < 2) {
            return "too short for a check character pair";
        }
        int[] primes = primes(s.length() - 2);
        int sum = 0;
        for (int i = 0; i < s.length() - 2; i++) {
            sum += CSET_82.indexOf(s.charAt(i)) * primes[s.length() - 3 - i];
        }
        sum %= 1021;
        String expected = "" + CSET_32.charAt(sum >> 5) + CSET_32.charAt(sum & 31);
        return s.endsWith(expected)
                ? null
                : "check characters are "
                        + s.substring(s.length() - 2)
                        + " but should be "
                        + expected;
    }

    private static int[] primes(int count) {
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            if (BigInteger.valueOf(candidate).isProbablePrime(30)) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }

    /** ISO 13616: country letters, two check digits, then the account; mod 97 must be 1. */
    static String checkIban(String s) {
        if (s.length() < 5
                || !s.substring(0, 2).chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || !Linter.allDigits(s.substring(2, 4))) {
            return "'" + s + "' is not an IBAN";
        }
        StringBuilder digits = new StringBuilder();
        String rearranged = s.substring(4) + s.substring(0, 4);
        for (char c : rearranged.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return Linter.describe(c) + " may not occur in an IBAN";
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1
                ? null
                : "IBAN check digits are wrong";
    }
}
