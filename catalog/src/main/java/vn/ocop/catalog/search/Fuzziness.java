package vn.ocop.catalog.search;

/**
 * How far a typed word may be from an indexed one when no product matches every word exactly:
 * Elasticsearch's {@code fuzziness: AUTO} (0 edits up to 2 letters, 1 up to 5, then 2), counting a
 * swap of two neighbouring letters as one edit ("mma" → "mam"). The PostgreSQL engine applies the
 * same rule to its vocabulary, so both engines find the same products.
 */
public final class Fuzziness {

    private Fuzziness() {}

    public static int maxEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
     * adjacent characters, each costing one.
     */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int best =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[x.length][y.length];
    }
}
