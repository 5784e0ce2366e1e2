package vn.ocop.traceability.labels;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrMatrix;
import vn.ocop.platform.qr.api.QrStyle;

/**
 * A PDF of labels, written one page at a time: each full page's content is compressed into PDFBox's
 * scratch file (a temporary file, not the heap), and {@link #save} streams the document to its
 * file. Not thread-safe; close it (or save it) once.
 */
public final class LabelSheet implements Closeable {

    private static final double PT = QrPlacement.PT_PER_MM;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QUIET = QrStyle.MIN_QUIET_ZONE;
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("\\p{Cntrl}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final LabelTemplate template;
    private final LabelCaptions captions;
    private final ErrorCorrection level;
    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle pageSize;
    private PDPageContentStream page;
    private int onPage;
    private int labels;
    private final java.util.Map<Long, Boolean> glyphs = new java.util.HashMap<>();
    private String lastUri;
    private String lastName;
    private double lastNameWidth;
    private List<Line> lastNameLines;
    private QrMatrix lastMatrix;

    public LabelSheet(LabelTemplate template, LabelCaptions captions, ErrorCorrection level)
            throws IOException {
        this.template = template;
        this.captions = captions;
        this.level = level;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.regular = LabelFonts.load(document, LabelFonts.REGULAR);
        this.bold = LabelFonts.load(document, LabelFonts.BOLD);
        this.pageSize =
                new PDRectangle(
                        (float) (template.pageWidthMm() * PT),
                        (float) (template.pageHeightMm() * PT));
        document.getDocumentInformation().setTitle("OCOP labels");
        document.getDocumentInformation().setCreator("OCOP Market");
    }

    /** Labels added so far. */
    public int count() {
        return labels;
    }

    public void add(Label label) throws IOException {
        if (page == null || onPage == template.perPage()) {
            newPage();
        }
        int column = onPage % template.columns();
        int row = onPage / template.columns();
        draw(label, column * template.labelWidthMm() * PT, row * template.labelHeightMm() * PT);
        onPage++;
        labels++;
    }

    /** Writes the document to {@code file} and closes this sheet. */
    public void save(Path file) throws IOException {
        try {
            finishPage();
            document.save(file.toFile());
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finishPage();
        } finally {
            document.close();
        }
    }

    private void newPage() throws IOException {
        finishPage();
        PDPage next = new PDPage(pageSize);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        onPage = 0;
    }

    private void finishPage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    /** One label whose top-left corner is at (left, top) points from the page's top-left. */
    private void draw(Label label, double left, double top) throws IOException {
        double width = template.labelWidthMm() * PT;
        double height = template.labelHeightMm() * PT;
        double pad = padding(template);
        QrMatrix matrix = matrix(label.uri());
        int modules = matrix.size() + 2 * QUIET;
        double maxSide = qrArea(template);
        QrPlacement probe =
                QrPlacement.place(
                        template, modules, left + pad, top + pad, maxSide, pageSize.getHeight());
        QrPlacement qr =
                QrPlacement.place(
                        template,
                        modules,
                        left + pad,
                        top + (height - probe.side()) / 2,
                        maxSide,
                        pageSize.getHeight());
        drawSymbol(matrix, qr);
        double textLeft = qr.x() + qr.side() + 0.5 * PT;
        double textWidth = left + width - pad - textLeft;
        drawText(label, textLeft, top + pad, textWidth);
    }

    private static double padding(LabelTemplate template) {
        return (template.isRoll() ? 1.0 : 1.5) * PT;
    }

    /** The largest side (points) of a symbol with its quiet zone: the rest is for the text. */
    static double qrArea(LabelTemplate template) {
        return Math.min(
                template.labelHeightMm() * PT - 2 * padding(template),
                template.labelWidthMm() * PT * 0.56);
    }

    private QrMatrix matrix(String uri) {
        if (!uri.equals(lastUri)) {
            lastMatrix = QrCodes.encode(uri, level);
            lastUri = uri;
        }
        return lastMatrix;
    }

    /** Dark modules as one filled path of row runs, in a module-sized coordinate system. */
    private void drawSymbol(QrMatrix matrix, QrPlacement qr) throws IOException {
        page.saveGraphicsState();
        page.transform(
                new org.apache.pdfbox.util.Matrix(
                        (float) qr.modulePt(),
                        0,
                        0,
                        (float) qr.modulePt(),
                        (float) qr.x(),
                        (float) qr.y()));
        int size = matrix.size();
        for (int row = 0; row < size; row++) {
            int[] runs = matrix.darkRuns(row);
            float y = QUIET + size - 1 - row;
            for (int i = 0; i < runs.length; i += 2) {
                page.addRect(QUIET + runs[i], y, runs[i + 1], 1);
            }
        }
        page.fill();
        page.restoreGraphicsState();
    }

    private void drawText(Label label, double x, double top, double width) throws IOException {
        List<Line> lines = new ArrayList<>(nameLines(label.productName(), width));
        double size = template.textSize();
        lines.add(new Line(regular, size, captions.lot() + ": " + clean(label.lot())));
        if (label.expiry() != null) {
            lines.add(new Line(regular, size, captions.expiry() + ": " + date(label.expiry())));
        } else if (label.bestBefore() != null) {
            lines.add(new Line(regular, size, captions.bestBefore() + ":"));
            lines.add(new Line(regular, size, date(label.bestBefore())));
        }
        if (label.serial() != null) {
            lines.add(new Line(regular, size, captions.serial() + ":"));
            lines.add(new Line(bold, size, label.serial()));
        }
        double baseline = pageSize.getHeight() - top;
        page.beginText();
        boolean first = true;
        for (Line line : lines) {
            double advance = line.size() * 1.18;
            baseline -= first ? line.size() : advance;
            first = false;
            page.setFont(line.font(), (float) line.size());
            page.setTextMatrix(
                    new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, (float) x, (float) baseline));
            page.showText(
                    fit(printable(line.text(), line.font()), line.font(), line.size(), width));
        }
        page.endText();
    }

    /** Drops characters the font has no glyph for (emoji, rare scripts) instead of failing. */
    private String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        cp -> {
                            if (glyphs.computeIfAbsent(
                                    (font == bold ? 1L << 32 : 0L) | cp, k -> hasGlyph(font, cp))) {
                                out.appendCodePoint(cp);
                            }
                        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The product name wrapped to the column; the same for most labels of a sheet, so kept. */
    private List<Line> nameLines(String name, double width) throws IOException {
        if (name != null && name.equals(lastName) && width == lastNameWidth) {
            return lastNameLines;
        }
        List<Line> lines = new ArrayList<>();
        for (String line : wrap(printable(clean(name), bold), bold, template.nameSize(), width)) {
            lines.add(new Line(bold, template.nameSize(), line));
        }
        if (lines.size() > template.nameLines()) {
            List<Line> kept = new ArrayList<>(lines.subList(0, template.nameLines()));
            Line last = kept.remove(kept.size() - 1);
            kept.add(new Line(bold, last.size(), ellipsis(last.text(), bold, last.size(), width)));
            lines = kept;
        }
        lastName = name;
        lastNameWidth = width;
        lastNameLines = List.copyOf(lines);
        return lastNameLines;
    }

    private record Line(PDType0Font font, double size, String text) {}

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** NFC (the font maps precomposed Vietnamese letters), no control characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    private static double width(String text, PDType0Font font, double size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    static List<String> wrap(String text, PDType0Font font, double size, double width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SPACES.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String ellipsis(String text, PDType0Font font, double size, double width)
            throws IOException {
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** Shortens a line (a long lot or word) to the column width. */
    private static String fit(String text, PDType0Font font, double size, double width)
            throws IOException {
        return width(text, font, size) <= width ? text : ellipsis(text, font, size, width);
    }
}
