package vn.ocop.storefront.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages find their scripts: htmx and Alpine.js come from WebJars (Maven Central) and are
 * served under {@code /webjars/**}; the version in the path is read from the jar itself, so the pom
 * alone decides it.
 */
public final class Assets {

    public static final String HTMX = webJar("htmx.org", "dist/htmx.min.js");
    public static final String ALPINE = webJar("alpinejs", "dist/cdn.min.js");
    public static final String CHART_JS = webJar("chart.js", "dist/chart.umd.min.js");

    private Assets() {}

    static String webJar(String artifact, String file) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar missing from the class path: " + artifact);
            }
            Properties properties = new Properties();
            properties.load(in);
            return "/webjars/" + artifact + "/" + properties.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
