package vn.ocop.traceability.labels;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, regular and bold (SIL Open Font License 1.1; covers Vietnamese), from the {@code
 * com.github.librepdf:openpdf-fonts-extra} artifact, which carries the TTF files and their licence
 * ({@code liberation/LICENSE}). Embedded as subsets, so a label PDF reads the same on any machine.
 */
final class LabelFonts {

    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private LabelFonts() {}

    static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = LabelFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Glyph substitution (ligatures) is not needed for Latin and precomposed Vietnamese,
            // and PDFBox's GSUB pass costs more than drawing the QR code (seen in JFR).
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }
}
