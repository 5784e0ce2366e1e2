package vn.ocop.testkit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads QR symbols back the way a scanner would, for tests of anything that renders them: decodes
 * every symbol in an image with ZXing's multi reader and measures each symbol's module size and
 * light quiet zone on the binarized bit matrix. Symbols must be upright (as rendered, not
 * photographed).
 */
public final class QrScan {

    /**
     * One symbol found in an image.
     *
     * @param text what it decodes to
     * @param module side of one module in pixels (measured on the top-left finder pattern)
     * @param left first pixel column of the symbol (quiet zone excluded)
     * @param top first pixel row
     * @param right one past the last column
     * @param bottom one past the last row
     * @param quietZone light modules around the symbol on its narrowest side (counted up to 8,
     *     stopping at the image edge)
     */
    public record Symbol(
            String text,
            double module,
            int left,
            int top,
            int right,
            int bottom,
            double quietZone) {}

    private static final Map<DecodeHintType, Object> HINTS =
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrScan() {}

    public static List<Symbol> png(byte[] png) {
        try {
            return image(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every symbol of the image, top to bottom, left to right. */
    public static List<Symbol> image(BufferedImage image) {
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result[] results;
        try {
            results = new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
        } catch (NotFoundException e) {
            return List.of();
        }
        BitMatrix bits;
        try {
            bits = bitmap.getBlackMatrix();
        } catch (NotFoundException e) {
            throw new IllegalStateException(e);
        }
        List<Symbol> symbols = new ArrayList<>();
        for (Result result : results) {
            symbols.add(measure(bits, result));
        }
        symbols.sort(Comparator.comparingInt(Symbol::top).thenComparingInt(Symbol::left));
        return symbols;
    }

    /**
     * Rasterizes an SVG of the form {@code vn.ocop.platform.qr.api.QrCodes} writes (a white rect
     * and one path of {@code M x y h w v1 h-w z} runs in a viewBox) at {@code scale} pixels a unit,
     * so the symbol can be decoded like any image. Anything else in the path fails the parse.
     */
    public static BufferedImage svg(String svg, int scale) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        Matcher path = Pattern.compile("<path fill=\"#000000\" d=\"([^\"]*)\"").matcher(svg);
        if (!box.find() || !path.find()) {
            throw new IllegalArgumentException("Not a QR SVG: " + svg);
        }
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        BufferedImage image =
                new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        String d = path.group(1);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(d);
        int consumed = 0;
        while (run.find()) {
            if (run.start() != consumed || !run.group(3).equals(run.group(4))) {
                throw new IllegalArgumentException("Unexpected path data at " + consumed);
            }
            consumed = run.end();
            g.fillRect(
                    Integer.parseInt(run.group(1)) * scale,
                    Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale,
                    scale);
        }
        g.dispose();
        if (consumed != d.length()) {
            throw new IllegalArgumentException("Unexpected path data at " + consumed);
        }
        return image;
    }

    private static Symbol measure(BitMatrix bits, Result result) {
        ResultPoint[] p = result.getResultPoints();
        ResultPoint bottomLeft = p[0];
        ResultPoint topLeft = p[1];
        ResultPoint topRight = p[2];
        int cx = Math.round(topLeft.getX());
        int cy = Math.round(topLeft.getY());
        int left = finderEdge(bits, cx, cy, -1, 0);
        int finderRight = finderEdge(bits, cx, cy, 1, 0);
        int top = finderEdge(bits, cx, cy, 0, -1);
        int right =
                finderEdge(bits, Math.round(topRight.getX()), Math.round(topRight.getY()), 1, 0);
        int bottom =
                finderEdge(
                        bits, Math.round(bottomLeft.getX()), Math.round(bottomLeft.getY()), 0, 1);
        double module = (finderRight - left) / 7.0;
        int cap = (int) Math.ceil(8 * module);
        int light =
                Math.min(
                        Math.min(
                                lightCols(bits, left - 1, -1, top, bottom, cap),
                                lightCols(bits, right, 1, top, bottom, cap)),
                        Math.min(
                                lightRows(bits, top - 1, -1, left, right, cap),
                                lightRows(bits, bottom, 1, left, right, cap)));
        return new Symbol(result.getText(), module, left, top, right, bottom, light / module);
    }

    /**
     * From a finder pattern's centre, walks out through dark (the 3×3 core), light, dark (the ring)
     * and returns the first light pixel's coordinate past the ring (one past it going right or
     * down, the ring's outermost pixel + 1; going left or up, the ring's outermost pixel).
     */
    private static int finderEdge(BitMatrix bits, int x, int y, int dx, int dy) {
        boolean[] phases = {true, false, true};
        for (boolean dark : phases) {
            while (inside(bits, x, y) && bits.get(x, y) == dark) {
                x += dx;
                y += dy;
            }
        }
        // now on the first light pixel outside the ring (or outside the image)
        int edge = dx != 0 ? x : y;
        return (dx < 0 || dy < 0) ? edge + 1 : edge;
    }

    private static int lightCols(BitMatrix bits, int x, int dx, int top, int bottom, int cap) {
        int count = 0;
        for (; count < cap && x >= 0 && x < bits.getWidth(); x += dx, count++) {
            for (int y = top; y < bottom; y++) {
                if (bits.get(x, y)) {
                    return count;
                }
            }
        }
        return count;
    }

    private static int lightRows(BitMatrix bits, int y, int dy, int left, int right, int cap) {
        int count = 0;
        for (; count < cap && y >= 0 && y < bits.getHeight(); y += dy, count++) {
            for (int x = left; x < right; x++) {
                if (bits.get(x, y)) {
                    return count;
                }
            }
        }
        return count;
    }

    private static boolean inside(BitMatrix bits, int x, int y) {
        return x >= 0 && y >= 0 && x < bits.getWidth() && y < bits.getHeight();
    }
}
