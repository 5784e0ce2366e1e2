package vn.ocop.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the integ-test zip once per machine into {@code java.io.tmpdir}/ocop-es-VERSION, where an
 * unprivileged user can read it. Concurrent test JVMs serialise on a file lock; a marker file tells
 * a complete unpack from one a killed JVM left half done. Read-only after that: each node keeps its
 * config, data and logs elsewhere.
 */
final class ElasticsearchDistribution {

    private static final String COMPLETE = ".unpacked";

    private ElasticsearchDistribution() {}

    /** The unpacked Elasticsearch home for this zip ({@code elasticsearch-X.Y.Z.zip}). */
    static Path home(Path zip) {
        String version = zip.getFileName().toString().replaceFirst("^.*-", "").replace(".zip", "");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path home = tmp.resolve("ocop-es-" + version);
        if (Files.exists(home.resolve(COMPLETE))) {
            return home;
        }
        try (FileChannel lockFile =
                        FileChannel.open(
                                tmp.resolve("ocop-es-" + version + ".lock"),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (!Files.exists(home.resolve(COMPLETE))) {
                deleteTree(home);
                unzip(zip, home);
                Files.createFile(home.resolve(COMPLETE));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + home, e);
        }
    }

    /** Extracts without the zip's top folder; everything world-readable, bin/ executable. */
    private static void unzip(Path zip, Path home) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = home.resolve(name).normalize();
                if (name.isEmpty() || !target.startsWith(home)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                boolean script = name.startsWith("bin/");
                Files.setPosixFilePermissions(
                        target,
                        PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path dir : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
