package vn.ocop.traceability.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.testkit.QrScan;

/** Label PDFs rendered back: every QR code reads as its Digital Link, with its quiet zone. */
class LabelSheetTest {

    static final String BATCH = "https://ocop.example.vn/01/08931234567893/10/NM-2026%2F01";
    static final LocalDate EXPIRY = LocalDate.of(2028, 11, 22);

    @TempDir Path dir;

    static List<Label> units(int count) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String serial = "K7QX9MZ%03d".formatted(i).replace('0', 'A').replace('1', 'B');
            labels.add(
                    new Label(
                            BATCH + "/21/" + serial,
                            "Nước mắm Cát Hải thượng hạng 40 độ đạm – chai thủy tinh 500 ml",
                            "NM-2026/01",
                            EXPIRY,
                            null,
                            serial));
        }
        return labels;
    }

    Path write(LabelTemplate template, List<Label> labels) throws IOException {
        Path file = dir.resolve(template.name() + ".pdf");
        try (LabelSheet sheet =
                new LabelSheet(template, LabelCaptions.VIETNAMESE, ErrorCorrection.M)) {
            for (Label label : labels) {
                sheet.add(label);
            }
            sheet.save(file);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(LabelTemplate.class)
    void every_symbol_on_every_page_reads_as_its_unit_link_with_a_quiet_zone(LabelTemplate template)
            throws IOException {
        List<Label> labels = units(template.isRoll() ? 6 : template.perPage() + 5);
        Path file = write(template, labels);

        int dpi = template.isRoll() ? template.dpi() : 300;
        List<PdfLabels.Page> pages = PdfLabels.read(file, dpi);

        int expectedPages = (labels.size() + template.perPage() - 1) / template.perPage();
        assertThat(pages).hasSize(expectedPages);
        List<String> decoded = new ArrayList<>();
        for (PdfLabels.Page page : pages) {
            for (QrScan.Symbol symbol : page.symbols()) {
                decoded.add(symbol.text());
                // a module is at least ~5 px at these resolutions; allow one pixel of rounding
                assertThat(symbol.quietZone())
                        .as("page %d %s", page.number(), symbol)
                        .isGreaterThanOrEqualTo(4.0 - 1.0 / symbol.module());
            }
        }
        assertThat(decoded).containsExactlyElementsOf(labels.stream().map(Label::uri).toList());
    }

    @ParameterizedTest
    @EnumSource(
            value = LabelTemplate.class,
            names = {"ROLL_40X30_203DPI", "ROLL_40X30_300DPI"})
    void roll_label_modules_are_whole_printer_dots_of_at_least_0_396_mm(LabelTemplate template)
            throws IOException {
        Path file = write(template, units(2));

        List<PdfLabels.Page> pages = PdfLabels.read(file, template.dpi());

        int modules =
                vn.ocop.platform.qr.api.QrCodes.encode(units(1).get(0).uri(), ErrorCorrection.M)
                                .size()
                        + 8;
        QrPlacement placement =
                QrPlacement.place(template, modules, 0, 0, LabelSheet.qrArea(template), 85);
        assertThat(placement.dots()).isGreaterThan(0);
        assertThat(placement.dots() * 25.4 / template.dpi()).isGreaterThanOrEqualTo(0.396);
        for (PdfLabels.Page page : pages) {
            assertThat(page.symbols())
                    .singleElement()
                    .satisfies(
                            s -> {
                                // rendered at the printer's resolution, a module is a whole number
                                // of pixels
                                assertThat(s.module()).isEqualTo((double) placement.dots());
                                assertThat(s.module() * 25.4 / template.dpi())
                                        .isGreaterThanOrEqualTo(0.396);
                                assertThat(s.quietZone()).isGreaterThanOrEqualTo(4.0);
                            });
        }
    }

    @Test
    void labels_print_name_lot_expiry_and_serial_in_vietnamese_with_an_embedded_font()
            throws IOException {
        Path file = write(LabelTemplate.A4_3X8, units(3));

        String text = PdfLabels.read(file, 150).get(0).text();

        assertThat(text)
                .contains("Nước mắm Cát Hải")
                .contains("Lô: NM-2026/01")
                .contains("HSD: 22/11/2028")
                .contains("Số sê-ri:")
                .contains(units(3).get(2).serial());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            var resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(LabelTemplate.class)
    void every_page_has_the_embedded_fonts_its_text_and_flate_compressed_content(
            LabelTemplate template) throws IOException {
        List<Label> labels = units(template.isRoll() ? 4 : template.perPage() + 1);
        Path file = write(template, labels);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isEqualTo(template.isRoll() ? labels.size() : 2);
            for (int i = 0; i < pages; i++) {
                var page = document.getPage(i);
                assertThat(page.getCOSObject().getDictionaryObject(COSName.CONTENTS))
                        .isInstanceOfSatisfying(
                                org.apache.pdfbox.cos.COSStream.class,
                                s -> assertThat(s.getFilters()).isEqualTo(COSName.FLATE_DECODE));
                var resources = page.getResources();
                List<PDFont> fonts = new ArrayList<>();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                assertThat(fonts)
                        .as("page %d", i + 1)
                        .hasSize(2)
                        .allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document);
                int last = Math.min(labels.size(), (i + 1) * template.perPage()) - 1;
                assertThat(text)
                        .as("page %d", i + 1)
                        .contains("Nước mắm", "Lô: NM-2026/01", "HSD: 22/11/2028")
                        .contains(labels.get(i * template.perPage()).serial())
                        .contains(labels.get(last).serial());
                // the name wraps the same way in every column
                String firstLine = text.lines().findFirst().orElseThrow();
                assertThat(text.lines().filter(firstLine::equals))
                        .as("page %d", i + 1)
                        .hasSize(last - i * template.perPage() + 1);
            }
        }
    }

    @Test
    void a_name_too_long_for_its_lines_ends_with_an_ellipsis_and_lot_and_serial_stay()
            throws IOException {
        Path file = dir.resolve("long.pdf");
        String serial = "K7QX9MZABC";
        try (LabelSheet sheet =
                new LabelSheet(
                        LabelTemplate.ROLL_40X30_203DPI,
                        LabelCaptions.VIETNAMESE,
                        ErrorCorrection.M)) {
            sheet.add(
                    new Label(
                            BATCH + "/21/" + serial,
                            "Nước mắm Cát Hải thượng hạng 40 độ đạm ".repeat(4),
                            "NM-2026/01-lô-sản-xuất-rất-dài-không-vừa-cột",
                            EXPIRY,
                            null,
                            serial));
            sheet.save(file);
        }

        PdfLabels.Page page = PdfLabels.read(file, 203).get(0);

        assertThat(page.text()).contains("…", "Lô: NM-2026", serial);
        assertThat(page.text().lines().filter(l -> l.contains("Nước") || l.contains("Cát")))
                .hasSizeLessThanOrEqualTo(3);
        assertThat(page.symbols())
                .extracting(QrScan.Symbol::text)
                .containsExactly(BATCH + "/21/" + serial);
    }

    @Test
    void english_captions_and_best_before_dates() throws IOException {
        LabelCaptions english = new LabelCaptions("Lot", "Expiry", "Best before", "Serial");
        Path file = dir.resolve("en.pdf");
        try (LabelSheet sheet =
                new LabelSheet(LabelTemplate.ROLL_40X30_300DPI, english, ErrorCorrection.Q)) {
            sheet.add(new Label(BATCH, "Cat Hai fish sauce 🐟", "NM-2026/01", null, EXPIRY, null));
            sheet.save(file);
        }

        PdfLabels.Page page = PdfLabels.read(file, 300).get(0);

        assertThat(page.text())
                .contains("Cat Hai fish", "Lot: NM-2026/01", "Best before:", "22/11/2028");
        assertThat(page.symbols()).extracting(QrScan.Symbol::text).containsExactly(BATCH);
        assertThat(Files.size(file)).isPositive();
    }
}
