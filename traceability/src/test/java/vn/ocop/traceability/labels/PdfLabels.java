package vn.ocop.traceability.labels;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ocop.testkit.QrScan;

/** Reads a label PDF back: every page rendered and every QR symbol on it decoded. */
public final class PdfLabels {

    /** The symbols of one page, top to bottom, left to right, and its text. */
    public record Page(int number, List<QrScan.Symbol> symbols, String text) {}

    private PdfLabels() {}

    /** Renders each page at {@code dpi} without anti-aliasing and decodes all its QR codes. */
    public static List<Page> read(Path pdf, int dpi) throws IOException {
        return read(pdf, dpi, 1, Integer.MAX_VALUE);
    }

    /** Pages {@code first} to {@code last} (1-based, inclusive). */
    public static List<Page> read(Path pdf, int dpi, int first, int last) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setRenderingHints(
                    new RenderingHints(
                            Map.of(
                                    RenderingHints.KEY_ANTIALIASING,
                                    RenderingHints.VALUE_ANTIALIAS_OFF,
                                    RenderingHints.KEY_RENDERING,
                                    RenderingHints.VALUE_RENDER_QUALITY)));
            List<Page> pages = new ArrayList<>();
            for (int i = first - 1; i < Math.min(last, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.add(new Page(i + 1, QrScan.image(image), stripper.getText(document)));
            }
            return pages;
        }
    }

    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
