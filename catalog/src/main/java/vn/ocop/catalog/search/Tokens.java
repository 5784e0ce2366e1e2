package vn.ocop.catalog.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.ocop.kernel.VietnameseText;

/**
 * Splits text into the words both engines index and query, so that they agree on what a word is:
 * runs of letters, marks and digits, lower-cased. Exact words keep their diacritics (NFC, so a
 * decomposed "mắm" typed on some phones equals the stored one); folded words go through {@link
 * VietnameseText#fold}. Elasticsearch receives the words joined by single spaces, which its
 * standard analyzer splits back into the same words.
 */
public final class Tokens {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Tokens() {}

    /** Words with diacritics: "Nước mắm Cát Hải!" → [nước, mắm, cát, hải]. */
    public static List<String> exact(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return split(composed);
    }

    /** Words without diacritics: "Nước mắm Cát Hải!" → [nuoc, mam, cat, hai]. */
    public static List<String> folded(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return split(VietnameseText.fold(text));
    }

    /** The words as one string, as the engines store names and match prefixes. */
    public static String joined(List<String> words) {
        return String.join(" ", words);
    }

    private static List<String> split(String text) {
        return Arrays.stream(SEPARATORS.split(text)).filter(w -> !w.isEmpty()).toList();
    }
}
