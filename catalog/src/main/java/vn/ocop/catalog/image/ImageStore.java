package vn.ocop.catalog.image;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Image files under {@code OCOP_DATA_DIR/images/products/<product>/}; written atomically. */
@Singleton
class ImageStore {

    private final Path root;

    ImageStore(@Value("${ocop.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().resolve("images").resolve("products");
    }

    Path original(UUID productId, UUID imageId, ImageFormat format) {
        return root.resolve(productId.toString()).resolve(imageId + "." + format.extension);
    }

    Path thumbnail(UUID productId, UUID imageId) {
        return root.resolve(productId.toString()).resolve(imageId + "-400.jpg");
    }

    void write(Path target, byte[] data) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, data);
            Files.move(
                    temp,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store image " + target, e);
        }
    }

    void delete(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete image " + file, e);
            }
        }
    }
}
