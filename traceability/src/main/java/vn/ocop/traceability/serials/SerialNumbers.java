package vn.ocop.traceability.serials;

import java.security.SecureRandom;

/**
 * How serials look: {@value #LENGTH} characters of a 31-letter alphabet (digits 2–9 and capitals
 * without I, L, O), so about 49.5 bits of entropy each, all in GS1 character set 82 and safe in a
 * URI path without escaping.
 */
public final class SerialNumbers {

    /** No 0/O, 1/I/L: what people misread on a printed label. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static final int LENGTH = 10;

    /** log2(31) × 10. */
    public static final double ENTROPY_BITS = LENGTH * Math.log(ALPHABET.length()) / Math.log(2);

    private final SecureRandom random;

    public SerialNumbers(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        char[] serial = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            serial[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(serial);
    }

    public static boolean isWellFormed(String serial) {
        if (serial == null || serial.length() != LENGTH) {
            return false;
        }
        return serial.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
