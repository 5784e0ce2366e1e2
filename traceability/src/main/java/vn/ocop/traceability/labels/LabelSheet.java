package vn.ocop.traceability.labels;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrMatrix;
import vn.ocop.platform.qr.api.QrStyle;

/**
 * A PDF of labels, written one page at a time: each full page's content is compressed into PDFBox's
 * scratch file (a temporary file, not the heap), and {@link #save} streams the document to its
 * file. Not thread-safe; close it (or save it) once.
 *
 * <p>Roll templates have one page per label, so what a page costs counts as much as the label on
 * it. Every page therefore shares one resource dictionary (the two embedded fonts), its content is
 * written into a reused in-memory buffer, and compressed with one reused {@link Deflater} at {@link
 * Deflater#BEST_SPEED} (PDFBox's own Flate filter sets up a new deflater at the default level for
 * every stream, which took about 30 % of a roll label's time, seen in JFR).
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
    private final PDResources resources = new PDResources();
    private final PDAppearanceStream canvas = new PDAppearanceStream(new COSStream());

    /** The page being written, uncompressed; reused from page to page. */
    private final ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private PDPage current;
    private PDPageContentStream page;
    private int onPage;
    private int labels;
    private final java.util.Map<Long, Boolean> glyphs = new java.util.HashMap<>();
    private String lastUri;
    private String lastName;
    private double lastNameWidth;
    private List<Line> lastNameLines;
    private QrMatrix lastMatrix;
    private String lastLot;
    private LocalDate lastExpiry;
    private LocalDate lastBestBefore;
    private double lastBatchWidth;
    private List<Line> lastBatchLines;
    private Line lastSerialCaption;
    private double lastSerialCaptionWidth;

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
        // The content streams draw through the canvas; only its resources are used.
        canvas.setResources(resources);
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
            deflater.end();
            document.close();
        }
    }

    private void newPage() throws IOException {
        finishPage();
        current = new PDPage(pageSize);
        // added before the shared resources are set: addPage walks the page's objects, and the
        // resources lead to both fonts with their width arrays
        document.addPage(current);
        current.setResources(resources);
        content.reset();
        page = new PDPageContentStream(document, canvas, content);
        onPage = 0;
    }

    /** Compresses the page's content into a Flate stream of the document (its scratch file). */
    private void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        page.close();
        page = null;
        COSStream stream = document.getDocument().createCOSStream();
        deflater.reset();
        try (OutputStream raw = stream.createRawOutputStream();
                OutputStream flate = new DeflaterOutputStream(raw, deflater, 8192)) {
            content.writeTo(flate);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        current.setContents(new PDStream(stream));
        current = null;
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
        // rounded down to a thousandth of a point: computed from each column's position, the
        // width would differ in its last bits between columns and miss the kept name lines
        double textWidth = Math.floor((left + width - pad - textLeft) * 1000) / 1000;
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

    /**
     * Dark modules as one filled path of rectangles ({@link QrRects}), in a module-sized coordinate
     * system, so every operand is a small whole number.
     */
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
        int[] rects = QrRects.of(matrix);
        for (int i = 0; i < rects.length; i += 4) {
            int height = rects[i + 3];
            page.addRect(
                    QUIET + rects[i], QUIET + size - rects[i + 1] - height, rects[i + 2], height);
        }
        page.fill();
        page.restoreGraphicsState();
    }

    private void drawText(Label label, double x, double top, double width) throws IOException {
        List<Line> lines = new ArrayList<>(nameLines(label.productName(), width));
        lines.addAll(batchLines(label, width));
        if (label.serial() != null) {
            double size = template.textSize();
            lines.add(serialCaption(width));
            lines.add(line(bold, size, label.serial(), width));
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
            page.showText(line.text());
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
        double size = template.nameSize();
        List<String> wrapped = wrap(printable(clean(name), bold), bold, size, width);
        if (wrapped.size() > template.nameLines()) {
            wrapped = new ArrayList<>(wrapped.subList(0, template.nameLines()));
            int last = wrapped.size() - 1;
            wrapped.set(last, ellipsis(wrapped.get(last), bold, size, width));
        }
        List<Line> lines = new ArrayList<>(wrapped.size());
        for (String text : wrapped) {
            lines.add(line(bold, size, text, width));
        }
        lastName = name;
        lastNameWidth = width;
        lastNameLines = List.copyOf(lines);
        return lastNameLines;
    }

    /**
     * Lot and expiry or best-before: the same on every label of a batch, so kept between labels
     * like the name.
     */
    private List<Line> batchLines(Label label, double width) throws IOException {
        if (lastBatchLines != null
                && java.util.Objects.equals(label.lot(), lastLot)
                && java.util.Objects.equals(label.expiry(), lastExpiry)
                && java.util.Objects.equals(label.bestBefore(), lastBestBefore)
                && width == lastBatchWidth) {
            return lastBatchLines;
        }
        double size = template.textSize();
        List<Line> lines = new ArrayList<>(3);
        lines.add(line(regular, size, captions.lot() + ": " + clean(label.lot()), width));
        if (label.expiry() != null) {
            lines.add(line(regular, size, captions.expiry() + ": " + date(label.expiry()), width));
        } else if (label.bestBefore() != null) {
            lines.add(line(regular, size, captions.bestBefore() + ":", width));
            lines.add(line(regular, size, date(label.bestBefore()), width));
        }
        lastLot = label.lot();
        lastExpiry = label.expiry();
        lastBestBefore = label.bestBefore();
        lastBatchWidth = width;
        lastBatchLines = List.copyOf(lines);
        return lastBatchLines;
    }

    private Line serialCaption(double width) throws IOException {
        if (lastSerialCaption == null || width != lastSerialCaptionWidth) {
            lastSerialCaption = line(regular, template.textSize(), captions.serial() + ":", width);
            lastSerialCaptionWidth = width;
        }
        return lastSerialCaption;
    }

    /** A line as printed: characters without a glyph dropped, shortened to the column. */
    private Line line(PDType0Font font, double size, String text, double width) throws IOException {
        return new Line(font, size, fit(printable(text, font), font, size, width));
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
