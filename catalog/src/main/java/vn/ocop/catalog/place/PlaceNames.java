package vn.ocop.catalog.place;

import java.util.Arrays;
import java.util.List;
import vn.ocop.kernel.VietnameseText;

/**
 * How a typed place name is compared: folded, punctuation and spacing ignored, and without the
 * words that only say what kind of unit it is ("tỉnh", "thành phố", "TP", "province", "city"), so
 * that "TP.HCM", "tp hcm" and "HCM" are the same key, and so are "Tỉnh Đắk Lắk" and "daklak".
 */
final class PlaceNames {

    private static final List<List<String>> PREFIXES =
            List.of(List.of("thanh", "pho"), List.of("tinh"), List.of("tp"));
    private static final List<String> SUFFIXES = List.of("province", "city");

    private PlaceNames() {}

    /** The comparison key: folded words without the unit-kind words, run together. */
    static String key(String name) {
        return String.join("", words(name));
    }

    /** The folded words of a name without the unit-kind words ("tp. ho chi minh" → ho chi minh). */
    static List<String> words(String name) {
        List<String> words =
                Arrays.stream(VietnameseText.fold(name).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        for (List<String> prefix : PREFIXES) {
            if (words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix)) {
                words = words.subList(prefix.size(), words.size());
                break;
            }
        }
        if (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words = words.subList(0, words.size() - 1);
        }
        return words;
    }
}
