package vn.ocop.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client over real sockets with its own cookie jar: one instance is one visitor's
 * browser session (without JavaScript). Redirects are not followed, so tests can see them.
 */
public final class WebClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What Chromium sends when it navigates or submits a form. */
    public static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    public record Response(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        /** The CSRF token a page embeds in its forms. */
        public String csrfToken() {
            Matcher m = CSRF.matcher(raw.body());
            if (!m.find()) {
                throw new AssertionError("No CSRF token in page: " + raw.body());
            }
            return m.group(1);
        }
    }

    public Response page(String path, String... headers) {
        return send(builder(path, headers).header("Accept", BROWSER_ACCEPT).GET());
    }

    public Response get(String path, String... headers) {
        return send(builder(path, headers).header("Accept", "application/json").GET());
    }

    public Response postJson(String path, String json, String... headers) {
        return send(
                builder(path, headers)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String json, String... headers) {
        return send(
                builder(path, headers)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data post with one file part and optional text parts. */
    public Response postFile(
            String path,
            String field,
            String fileName,
            String contentType,
            byte[] data,
            Map<String, String> textParts,
            String... headers) {
        String boundary = "----ocop" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (var part : textParts.entrySet()) {
                body.write(
                        ("--"
                                        + boundary
                                        + "\r\nContent-Disposition: form-data; name=\""
                                        + part.getKey()
                                        + "\"\r\n\r\n"
                                        + part.getValue()
                                        + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            body.write(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + field
                                    + "\"; filename=\""
                                    + fileName
                                    + "\"\r\nContent-Type: "
                                    + contentType
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.write(data);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(
                builder(path, headers)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Fetches raw bytes (images, files). */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        try {
            return http.send(
                    builder(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a consumer and returns a bearer token for it. */
    public String consumerToken(String email) {
        postJson(
                "/api/v1/accounts",
                "{\"email\":\""
                        + email
                        + "\",\"displayName\":\"Test\",\"password\":\"mat-khau-123\"}");
        return token(email, "mat-khau-123");
    }

    /** Logs in through the API and returns the bearer token; fails the test when refused. */
    public String token(String identifier, String password) {
        Response response =
                postJson(
                        "/api/v1/auth/token",
                        "{\"identifier\":\""
                                + identifier
                                + "\",\"password\":\""
                                + password
                                + "\"}");
        if (response.status() != 200) {
            throw new AssertionError("Login refused: " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    public Response postForm(String path, Map<String, String> fields, String... headers) {
        String form =
                fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
        return send(
                builder(path, headers)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", BROWSER_ACCEPT)
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
