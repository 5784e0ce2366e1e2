package vn.ocop.platform.qr.api;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the code in a photo (ZXing): QR, Data Matrix, GS1 DataMatrix and the retail barcodes
 * (EAN-13/8, UPC-A, Code 128 / GS1-128). A photo too large is scaled down before reading, so a
 * phone camera's picture costs a bounded amount of memory and time.
 */
public final class CodeReader {

    /** Longest side, in pixels, a photo is read at. */
    static final int MAX_SIDE = 1600;

    /** Largest image accepted, in pixels, before decoding (a 50 MP photo is 50,000,000). */
    static final long MAX_PIXELS = 60_000_000L;

    private static final Map<DecodeHintType, Object> HINTS =
            Map.of(
                    DecodeHintType.TRY_HARDER,
                    Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS,
                    List.of(
                            BarcodeFormat.QR_CODE,
                            BarcodeFormat.DATA_MATRIX,
                            BarcodeFormat.EAN_13,
                            BarcodeFormat.EAN_8,
                            BarcodeFormat.UPC_A,
                            BarcodeFormat.CODE_128));

    private CodeReader() {}

    /**
     * The text of the first code found in a PNG, JPEG, GIF or BMP image; empty when the bytes are
     * not an image this JVM reads, the image is too large, or no code is found in it.
     */
    public static Optional<String> read(byte[] image) {
        if (image == null || image.length == 0) {
            return Optional.empty();
        }
        BufferedImage picture = picture(image);
        if (picture == null) {
            return Optional.empty();
        }
        BufferedImage scaled = scaled(picture);
        Optional<String> text = decode(scaled);
        return text.isPresent() || scaled == picture ? text : decode(picture);
    }

    /** The image, its size checked from the header before any pixel is decoded; else null. */
    private static BufferedImage picture(byte[] image) {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<String> decode(BufferedImage picture) {
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, HINTS);
            return Optional.ofNullable(result.getText()).filter(t -> !t.isEmpty());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage picture) {
        int side = Math.max(picture.getWidth(), picture.getHeight());
        if (side <= MAX_SIDE) {
            return picture;
        }
        double factor = (double) MAX_SIDE / side;
        int width = Math.max(1, (int) (picture.getWidth() * factor));
        int height = Math.max(1, (int) (picture.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
