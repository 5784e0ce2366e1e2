package vn.ocop.traceability.domain;

import java.util.regex.Pattern;

/**
 * A lot code as GS1 AI (10) allows it: 1 to 20 characters of character set 82 (digits, Latin
 * letters and {@code !"%&'()*+,-./:;<=>?_}). Vietnamese letters and spaces are not in it, because
 * the code is printed in barcodes and Digital Link URIs.
 */
public final class LotCode {
    private static final Pattern CSET_82 =
            Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

    private LotCode() {}

    public static boolean isValid(String lot) {
        return lot != null && CSET_82.matcher(lot).matches();
    }
}
