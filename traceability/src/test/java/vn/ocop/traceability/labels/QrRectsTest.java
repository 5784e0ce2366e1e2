package vn.ocop.traceability.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrMatrix;

/** The rectangles a label draws cover exactly the symbol's dark modules, each once. */
class QrRectsTest {

    @ParameterizedTest
    @CsvSource({
        "https://ocop.example.vn/01/08931234567897/10/NM-2026%2F01/21/K7QX9MZABC, M",
        "https://ocop.example.vn/01/08931234567893/10/NM-2026%2F01, Q",
        "A, L",
        "https://ocop.example.vn/01/08931234567897/10/NM-2026%2F01/21/K7QX9MZABC?linkType=all, H"
    })
    void rectangles_cover_every_dark_module_once_and_no_light_one(
            String text, ErrorCorrection level) {
        QrMatrix matrix = QrCodes.encode(text, level);
        int size = matrix.size();

        int[] rects = QrRects.of(matrix);

        assertThat(rects.length % 4).isZero();
        int[][] covered = new int[size][size];
        for (int i = 0; i < rects.length; i += 4) {
            int x = rects[i];
            int y = rects[i + 1];
            int width = rects[i + 2];
            int height = rects[i + 3];
            assertThat(width).isPositive();
            assertThat(height).isPositive();
            assertThat(x + width).isLessThanOrEqualTo(size);
            assertThat(y + height).isLessThanOrEqualTo(size);
            for (int dy = 0; dy < height; dy++) {
                for (int dx = 0; dx < width; dx++) {
                    covered[y + dy][x + dx]++;
                }
            }
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                assertThat(covered[y][x])
                        .as("module (%d, %d)", x, y)
                        .isEqualTo(matrix.dark(x, y) ? 1 : 0);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "https://ocop.example.vn/01/08931234567897/10/NM-2026%2F01/21/K7QX9MZABC, M",
        "https://ocop.example.vn/01/08931234567893/10/NM-2026%2F01, Q"
    })
    void repeated_runs_merge_into_fewer_rectangles_than_runs(String text, ErrorCorrection level) {
        QrMatrix matrix = QrCodes.encode(text, level);
        int runs = 0;
        for (int y = 0; y < matrix.size(); y++) {
            runs += matrix.darkRuns(y).length / 2;
        }

        int rectangles = QrRects.of(matrix).length / 4;

        // the three finder patterns alone merge 3 × (2 + 2 + 2) rows of runs into 3 × 3 rectangles
        assertThat(rectangles).isLessThanOrEqualTo(runs - 9);
    }
}
