package vn.ocop.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ocop.kernel.VietnameseText;

/**
 * The 200-query mix people actually send: mostly no-tone searches typed on phones, some with
 * diacritics, some with typos, filtered searches and browsing by facet without a query.
 */
public final class QueryMix {

    private QueryMix() {}

    /** Query strings (without the leading "?") for {@code GET /api/v1/products}. */
    public static List<String> of(long seed, List<String> provinceCodes) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(200);
        for (int i = 0; i < 200; i++) {
            String kind = CatalogDataset.KINDS[random.nextInt(CatalogDataset.KINDS.length)];
            String place = CatalogDataset.PLACES[random.nextInt(CatalogDataset.PLACES.length)];
            String province = provinceCodes.get(random.nextInt(provinceCodes.size()));
            int bucket = i % 20;
            String query;
            if (bucket < 8) { // no-tone, as typed on a phone
                query =
                        "q="
                                + enc(
                                        VietnameseText.fold(
                                                random.nextBoolean() ? kind : kind + " " + place));
            } else if (bucket < 11) { // with diacritics
                query = "q=" + enc(kind + " " + place);
            } else if (bucket < 13) { // a typo
                query = "q=" + enc(typo(VietnameseText.fold(kind), random));
            } else if (bucket < 17) { // filtered search
                query = "q=" + enc(VietnameseText.fold(kind)) + "&minStars=4&priceMax=500000";
            } else { // browsing by facet
                query = "group=FOOD&province=" + province + "&sort=PRICE_ASC";
            }
            queries.add(query + "&size=20");
        }
        return queries;
    }

    /** The kind of query at a position of the mix, for per-kind figures. */
    public static String kindAt(int index) {
        int bucket = index % 20;
        if (bucket < 8) {
            return "no-tone";
        }
        if (bucket < 11) {
            return "toned";
        }
        if (bucket < 13) {
            return "typo";
        }
        return bucket < 17 ? "filtered" : "browse";
    }

    private static String typo(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        char[] chars = text.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
