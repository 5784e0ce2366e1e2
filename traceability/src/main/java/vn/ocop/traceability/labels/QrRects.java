package vn.ocop.traceability.labels;

import java.util.Arrays;
import vn.ocop.platform.qr.api.QrMatrix;

/**
 * The dark modules of a symbol as few rectangles: each row's horizontal runs, and a run that
 * repeats exactly (same start, same length) on the next row extends the rectangle above it instead
 * of starting a new one. The rectangles cover every dark module exactly once and nothing else, so
 * filling them with the non-zero rule draws the symbol. Finder and alignment patterns merge well:
 * the benchmark's version-5 symbols need about 300 rectangles instead of 358 runs.
 */
final class QrRects {

    private QrRects() {}

    /**
     * {@code [x0, y0, width0, height0, x1, …]} in modules, {@code y} counted downwards from the
     * symbol's top row (no quiet zone).
     */
    static int[] of(QrMatrix matrix) {
        int size = matrix.size();
        int[] rects = new int[64];
        int count = 0;
        int[] previous = new int[0];
        int[] previousRect = new int[0];
        for (int row = 0; row < size; row++) {
            int[] runs = matrix.darkRuns(row);
            int[] rectOfRun = new int[runs.length / 2];
            int p = 0;
            for (int i = 0; i < runs.length; i += 2) {
                int start = runs[i];
                int length = runs[i + 1];
                while (p < previous.length && previous[p] < start) {
                    p += 2;
                }
                if (p < previous.length && previous[p] == start && previous[p + 1] == length) {
                    int rect = previousRect[p / 2];
                    rects[rect * 4 + 3]++;
                    rectOfRun[i / 2] = rect;
                } else {
                    if (count + 4 > rects.length) {
                        rects = Arrays.copyOf(rects, rects.length * 2);
                    }
                    rects[count] = start;
                    rects[count + 1] = row;
                    rects[count + 2] = length;
                    rects[count + 3] = 1;
                    rectOfRun[i / 2] = count / 4;
                    count += 4;
                }
            }
            previous = runs;
            previousRect = rectOfRun;
        }
        return Arrays.copyOf(rects, count);
    }
}
