package vn.ocop.traceability.labels;

import java.util.Arrays;
import java.util.Optional;

/**
 * The label stocks we print on. Sizes in millimetres; {@code dpi} is the printer's resolution for
 * roll labels (modules snap to its dots) and 0 for sheets printed on any office printer.
 */
public enum LabelTemplate {
    /** A4 sheet, 3 columns × 8 rows of 70 × 37.125 mm labels, no margins. */
    A4_3X8(210, 297, 3, 8, 0, 9, 7.5, 3),
    /** A4 sheet, 4 columns × 10 rows of 52.5 × 29.7 mm labels, no margins. */
    A4_4X10(210, 297, 4, 10, 0, 7, 6, 2),
    /** One 40 × 30 mm label per page, thermal printer at 203 dpi (8 dots/mm). */
    ROLL_40X30_203DPI(40, 30, 1, 1, 203, 6.5, 5.5, 3),
    /** One 40 × 30 mm label per page, thermal printer at 300 dpi (12 dots/mm). */
    ROLL_40X30_300DPI(40, 30, 1, 1, 300, 6.5, 5.5, 3);

    /** The smallest QR module we print: GS1's minimum X-dimension for Digital Link QR. */
    public static final double MIN_MODULE_MM = 0.396;

    private final double pageWidthMm;
    private final double pageHeightMm;
    private final int columns;
    private final int rows;
    private final int dpi;
    private final double nameSize;
    private final double textSize;
    private final int nameLines;

    LabelTemplate(
            double pageWidthMm,
            double pageHeightMm,
            int columns,
            int rows,
            int dpi,
            double nameSize,
            double textSize,
            int nameLines) {
        this.pageWidthMm = pageWidthMm;
        this.pageHeightMm = pageHeightMm;
        this.columns = columns;
        this.rows = rows;
        this.dpi = dpi;
        this.nameSize = nameSize;
        this.textSize = textSize;
        this.nameLines = nameLines;
    }

    public static Optional<LabelTemplate> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public double pageWidthMm() {
        return pageWidthMm;
    }

    public double pageHeightMm() {
        return pageHeightMm;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int perPage() {
        return columns * rows;
    }

    public double labelWidthMm() {
        return pageWidthMm / columns;
    }

    public double labelHeightMm() {
        return pageHeightMm / rows;
    }

    /** Printer resolution of a roll template; 0 for A4 sheets. */
    public int dpi() {
        return dpi;
    }

    public boolean isRoll() {
        return dpi > 0;
    }

    double nameSize() {
        return nameSize;
    }

    double textSize() {
        return textSize;
    }

    int nameLines() {
        return nameLines;
    }
}
