package vn.ocop.traceability.labels;

/**
 * Where a QR symbol of {@code modules} modules (quiet zone included) goes on a label, in PDF points
 * (x from the page's left, y from its bottom, as PDF counts): the module size is the largest that
 * fits {@code maxSidePt}, at least {@link LabelTemplate#MIN_MODULE_MM}; on a roll template it is a
 * whole number of printer dots and the symbol's top-left corner sits on the dot grid counted from
 * the page's top-left corner, where the printer starts.
 *
 * @param modulePt one module in points
 * @param dots one module in printer dots (0 on A4 sheets)
 */
record QrPlacement(double x, double y, double modulePt, int dots, int modules) {

    static final double PT_PER_MM = 72 / 25.4;

    /**
     * @param xPt left edge of the area, from the page's left
     * @param topPt top edge of the area, from the page's top
     */
    static QrPlacement place(
            LabelTemplate template,
            int modules,
            double xPt,
            double topPt,
            double maxSidePt,
            double pageHeightPt) {
        double minModulePt = LabelTemplate.MIN_MODULE_MM * PT_PER_MM;
        if (!template.isRoll()) {
            double module = Math.max(minModulePt, maxSidePt / modules);
            return new QrPlacement(
                    xPt, pageHeightPt - topPt - module * modules, module, 0, modules);
        }
        double dotPt = 72.0 / template.dpi();
        int minDots = (int) Math.ceil(minModulePt / dotPt - 1e-9);
        int dots = Math.max(minDots, (int) Math.floor(maxSidePt / modules / dotPt));
        double module = dots * dotPt;
        double x = Math.round(xPt / dotPt) * dotPt;
        double top = Math.round(topPt / dotPt) * dotPt;
        return new QrPlacement(x, pageHeightPt - top - module * modules, module, dots, modules);
    }

    double side() {
        return modulePt * modules;
    }

    double moduleMm() {
        return modulePt / PT_PER_MM;
    }
}
