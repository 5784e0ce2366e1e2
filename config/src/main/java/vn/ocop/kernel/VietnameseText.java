package vn.ocop.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Vietnamese text for matching what people type without diacritics: "Nước mắm Cát Hải"
 * and "nuoc mam cat hai" fold to the same string. Both stored text and queries are folded with this
 * one function so that the two always agree.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /**
     * Decomposes to NFD, removes combining marks (tones and vowel hats), maps đ/Đ to d, lower-cases
     * with the root locale and collapses runs of whitespace to one space.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the text carries any Vietnamese diacritic (a tone, a hat, a horn or đ). */
    public static boolean hasDiacritics(String text) {
        if (text == null) {
            return false;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ' || Character.getType(c) == Character.NON_SPACING_MARK) {
                return true;
            }
        }
        return false;
    }
}
