package vn.ocop.platform.qr.api;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;

/**
 * Encodes texts as QR symbols (ZXing) and renders them as SVG or PNG with a quiet zone of at least
 * four modules. Texts that fit ISO-8859-1 (URIs, EMVCo payloads) are encoded without an ECI header,
 * which every reader understands; other texts as UTF-8 with an ECI header.
 */
public final class QrCodes {

    /** Longest text accepted; a version-40 symbol at level L holds 2953 bytes. */
    public static final int MAX_TEXT_LENGTH = 2953;

    private QrCodes() {}

    /**
     * The symbol for a text.
     *
     * @throws IllegalArgumentException for an empty text or one too long for any QR version at this
     *     level
     */
    public static QrMatrix encode(String text, ErrorCorrection level) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("QR text must be 1.." + MAX_TEXT_LENGTH + " chars");
        }
        Map<EncodeHintType, Object> hints =
                StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)
                        ? Map.of()
                        : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        ByteMatrix modules;
        try {
            modules = Encoder.encode(text, zxing(level), hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit a QR symbol: " + e.getMessage());
        }
        int size = modules.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y) == 1) {
                    dark.set(y * size + x);
                }
            }
        }
        return new QrMatrix(size, dark);
    }

    /**
     * An SVG document: one path of the dark modules on a white square, sized {@code (size + 2 ×
     * quietZone) × moduleSize} user units, with crisp edges.
     */
    public static String svg(String text, QrStyle style) {
        return svg(encode(text, style.errorCorrection()), style);
    }

    public static String svg(QrMatrix matrix, QrStyle style) {
        int side = matrix.size() + 2 * style.quietZone();
        int pixels = side * style.moduleSize();
        StringBuilder svg = new StringBuilder(matrix.size() * matrix.size() * 4 + 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(pixels)
                .append("\" height=\"")
                .append(pixels)
                .append("\" viewBox=\"0 0 ")
                .append(side)
                .append(' ')
                .append(side)
                .append("\" shape-rendering=\"crispEdges\">\n")
                .append("<rect width=\"")
                .append(side)
                .append("\" height=\"")
                .append(side)
                .append("\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"");
        for (int y = 0; y < matrix.size(); y++) {
            int[] runs = matrix.darkRuns(y);
            for (int i = 0; i < runs.length; i += 2) {
                svg.append('M')
                        .append(runs[i] + style.quietZone())
                        .append(' ')
                        .append(y + style.quietZone())
                        .append('h')
                        .append(runs[i + 1])
                        .append("v1h-")
                        .append(runs[i + 1])
                        .append('z');
            }
        }
        return svg.append("\"/>\n</svg>\n").toString();
    }

    /** A 1-bit PNG, {@code (size + 2 × quietZone) × moduleSize} pixels square. */
    public static byte[] png(String text, QrStyle style) {
        return png(encode(text, style.errorCorrection()), style);
    }

    public static byte[] png(QrMatrix matrix, QrStyle style) {
        int scale = style.moduleSize();
        int offset = style.quietZone();
        int side = (matrix.size() + 2 * offset) * scale;
        BitMatrix pixels = new BitMatrix(side, side);
        for (int y = 0; y < matrix.size(); y++) {
            int[] runs = matrix.darkRuns(y);
            for (int i = 0; i < runs.length; i += 2) {
                pixels.setRegion(
                        (runs[i] + offset) * scale,
                        (y + offset) * scale,
                        runs[i + 1] * scale,
                        scale);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(side * side / 16 + 256);
        try {
            MatrixToImageWriter.writeToStream(pixels, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ErrorCorrectionLevel zxing(ErrorCorrection level) {
        return switch (level) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
    }
}
