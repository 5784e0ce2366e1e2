package vn.ocop.platform.qr.api;

import java.util.BitSet;

/**
 * An encoded QR symbol as its grid of modules, without the quiet zone: {@code dark(x, y)} for
 * {@code 0 <= x, y < size()}. Immutable.
 */
public final class QrMatrix {

    private final int size;
    private final BitSet dark;

    QrMatrix(int size, BitSet dark) {
        this.size = size;
        this.dark = (BitSet) dark.clone();
    }

    /** Modules per side (21 for version 1, 4 more per version). */
    public int size() {
        return size;
    }

    public boolean dark(int x, int y) {
        if (x < 0 || y < 0 || x >= size || y >= size) {
            return false;
        }
        return dark.get(y * size + x);
    }

    /**
     * The horizontal runs of dark modules of row {@code y}, as {@code [start0, length0, start1,
     * length1, …]}: what a vector renderer draws as one rectangle each.
     */
    public int[] darkRuns(int y) {
        int[] runs = new int[size + 1];
        int count = 0;
        int x = 0;
        while (x < size) {
            if (!dark(x, y)) {
                x++;
                continue;
            }
            int start = x;
            while (x < size && dark(x, y)) {
                x++;
            }
            runs[count++] = start;
            runs[count++] = x - start;
        }
        return java.util.Arrays.copyOf(runs, count);
    }
}
