package vn.ocop.storefront.boot;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.ocop.storefront.Application;

/**
 * The build's training run for the class-data-sharing archive ({@code ocop-market.jsa}, see
 * storefront/pom.xml and the README's run command): starts the application the way {@link
 * Application#main} does, on a scratch data folder with a new embedded PostgreSQL, asks for a few
 * pages so the request path's classes are loaded too, then stops. The JVM, started with {@code
 * -XX:ArchiveClassesAtExit}, writes every class it loaded into the archive when it exits; a start
 * with {@code -XX:SharedArchiveFile} then maps them instead of loading them from the jar.
 *
 * <p>The environment is ignored (no external database, search engine or mail server of the machine
 * that builds).
 */
public final class CdsTraining {

    private static final List<String> PATHS =
            List.of(
                    "/health",
                    "/",
                    "/tim-kiem?q=mat+ong",
                    "/api/v1/products?q=mat+ong",
                    "/login",
                    "/swagger/ocop-market-api-v1.yml");

    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("ocop-cds-training");
        int status = 0;
        try {
            BootEnvironment boot =
                    BootEnvironment.prepare(Map.of("OCOP_DATA_DIR", scratch.toString()));
            Map<String, Object> properties = new HashMap<>(boot.properties());
            properties.put("micronaut.server.port", -1);
            properties.put("micronaut.server.host", "127.0.0.1");
            properties.put("ocop.admin.email", "cds-training@ocop.local");
            properties.put("ocop.admin.password", "cds-training-only");
            ApplicationContext context =
                    Micronaut.build(args)
                            .mainClass(Application.class)
                            .environmentPropertySource(false)
                            .properties(properties)
                            .start();
            try {
                URL base = context.getBean(EmbeddedServer.class).getURL();
                for (String path : PATHS) {
                    System.out.println(
                            "CDS training: GET " + path + " → " + get(new URL(base, path)));
                }
            } finally {
                context.close();
                boot.stopDatabase();
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            delete(scratch);
        }
        // the archive is written at exit; exit also ends threads the context left behind
        System.exit(status);
    }

    private static int get(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setInstanceFollowRedirects(false);
        int code = connection.getResponseCode();
        InputStream body = code < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (body != null) {
            try (body) {
                body.readAllBytes();
            }
        }
        return code;
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(
                            file -> {
                                try {
                                    Files.deleteIfExists(file);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("CDS training: could not delete " + directory + ": " + e);
        }
    }
}
