package vn.ocop.storefront.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrMatrix;

/**
 * What Chromium's fake camera films: a Y4M video ({@code --use-file-for-fake-video-capture}) – a
 * text header and raw I420 frames, played in a loop – of a QR code held in front of the camera, or
 * of an empty grey counter. The QR is drawn with the platform's own encoder, as on a printed label.
 */
final class FakeCameraVideo {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 10;

    private FakeCameraVideo() {}

    /** A video of the QR code of {@code text}, centred with its quiet zone, on white. */
    static void qr(Path file, String text) throws IOException {
        QrMatrix matrix = QrCodes.encode(text, ErrorCorrection.M);
        int quiet = 4;
        int modules = matrix.size() + 2 * quiet;
        int scale = Math.min(WIDTH, HEIGHT) * 9 / 10 / modules;
        if (scale < 2) {
            throw new IllegalArgumentException("Too long for a " + WIDTH + "×" + HEIGHT + " frame");
        }
        int left = (WIDTH - modules * scale) / 2 + quiet * scale;
        int top = (HEIGHT - modules * scale) / 2 + quiet * scale;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        for (int y = 0; y < matrix.size(); y++) {
            for (int x = 0; x < matrix.size(); x++) {
                if (matrix.dark(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        int row = (top + y * scale + dy) * WIDTH + left + x * scale;
                        Arrays.fill(luma, row, row + scale, (byte) 16);
                    }
                }
            }
        }
        write(file, luma);
    }

    /** A video of a plain grey surface: no code to read. */
    static void blank(Path file) throws IOException {
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 128);
        write(file, luma);
    }

    /** Y4M, 4:2:0: each frame is the luma plane then two chroma planes at half size (grey). */
    private static void write(Path file, byte[] luma) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(
                    ("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                            .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
