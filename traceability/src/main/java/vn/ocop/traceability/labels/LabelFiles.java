package vn.ocop.traceability.labels;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Label PDFs under {@code OCOP_DATA_DIR/labels/<job>.pdf}; written under a temporary name first.
 */
@Singleton
public class LabelFiles {

    private final Path root;

    LabelFiles(@Value("${ocop.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().resolve("labels");
    }

    public Path pdf(UUID job) {
        return root.resolve(job + ".pdf");
    }

    /** Where the worker writes before the atomic move to {@link #pdf}. */
    public Path partial(UUID job) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root.resolve(job + ".pdf.part");
    }
}
