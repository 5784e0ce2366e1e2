package vn.ocop.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK that runs the node (the integ-test distribution bundles none). {@code ES_JAVA_HOME} if
 * set; otherwise the newest JDK from 17 to 25 among {@code /usr/lib/jvm} and the test JVM's own.
 * Elasticsearch 8.19 accepts 17 but is built for and ships with a recent JDK: on 17 it falls back
 * to the COMPAT locale data and scalar vector code, so a newer JDK is preferred where present.
 */
final class EsJavaHome {

    private static final int OLDEST = 17;
    private static final int NEWEST_KNOWN_GOOD = 25;
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private EsJavaHome() {}

    static Path choose() {
        String configured = System.getenv("ES_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path own = Path.of(System.getProperty("java.home"));
        return Stream.concat(Stream.of(own), installed())
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> feature(home).filter(EsJavaHome::accepted).isPresent())
                .max(Comparator.comparing(home -> feature(home).orElse(0)))
                .orElse(own);
    }

    private static boolean accepted(int feature) {
        return feature >= OLDEST && feature <= NEWEST_KNOWN_GOOD;
    }

    private static Stream<Path> installed() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Stream.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    static Optional<Integer> feature(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
