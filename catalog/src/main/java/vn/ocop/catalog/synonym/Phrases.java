package vn.ocop.catalog.synonym;

import java.util.Arrays;
import java.util.List;
import vn.ocop.kernel.VietnameseText;

/** A phrase as expansion compares it: its folded words, punctuation dropped. */
final class Phrases {

    private Phrases() {}

    static List<String> words(String text) {
        return Arrays.stream(VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    static String folded(String text) {
        return String.join(" ", words(text));
    }
}
