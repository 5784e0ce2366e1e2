package vn.ocop.catalog.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a listing accepts, recognised by their first bytes — never by the file name or
 * the declared content type, which the client controls.
 */
enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    final String contentType;
    final String extension;

    ImageFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static Optional<ImageFormat> sniff(byte[] data) {
        if (data.length >= 3
                && (data[0] & 0xFF) == 0xFF
                && (data[1] & 0xFF) == 0xD8
                && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (data.length >= 8 && Arrays.equals(Arrays.copyOf(data, 8), png)) {
            return Optional.of(PNG);
        }
        if (data.length >= 12
                && data[0] == 'R'
                && data[1] == 'I'
                && data[2] == 'F'
                && data[3] == 'F'
                && data[8] == 'W'
                && data[9] == 'E'
                && data[10] == 'B'
                && data[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static Optional<ImageFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equals(contentType)).findFirst();
    }
}
