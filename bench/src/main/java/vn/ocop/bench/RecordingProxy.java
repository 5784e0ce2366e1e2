package vn.ocop.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A small HTTP proxy between a capture-only application context and Elasticsearch: it forwards
 * every request unchanged and, while recording, keeps each request's method, path with query
 * string, content type, accept header and body. These are the exact requests the application sends,
 * replayed later straight to Elasticsearch as the baseline.
 */
public final class RecordingProxy implements AutoCloseable {

    /** One request as the application sent it. */
    public record Recorded(
            String method, String pathAndQuery, String contentType, String accept, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Set<String> HOP_BY_HOP =
            Set.of(
                    "connection",
                    "content-length",
                    "date",
                    "expect",
                    "from",
                    "host",
                    "keep-alive",
                    "transfer-encoding",
                    "upgrade",
                    "via",
                    "warning");

    private final URI target;
    private final HttpServer server;
    private final HttpClient client = ClosedLoopLoad.client();
    private final List<Recorded> recorded = new ArrayList<>();
    private volatile boolean recording;

    public RecordingProxy(String targetUrl) throws IOException {
        this.target = URI.create(targetUrl.endsWith("/") ? targetUrl : targetUrl + "/");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::forward);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts recording, forgetting what was recorded before. */
    public synchronized void startRecording() {
        recorded.clear();
        recording = true;
    }

    /** Stops recording and returns the requests recorded since {@link #startRecording()}. */
    public synchronized List<Recorded> stopRecording() {
        recording = false;
        return List.copyOf(recorded);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String pathAndQuery =
                    uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(target.resolve(pathAndQuery.substring(1)))
                            .timeout(Duration.ofSeconds(60))
                            .method(
                                    method,
                                    body.length == 0
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    for (String value : header.getValue()) {
                        request.header(header.getKey(), value);
                    }
                }
            }
            if (recording) {
                synchronized (this) {
                    if (recording) {
                        recorded.add(
                                new Recorded(
                                        method,
                                        pathAndQuery,
                                        exchange.getRequestHeaders().getFirst("Content-Type"),
                                        exchange.getRequestHeaders().getFirst("Accept"),
                                        body));
                    }
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            response.headers()
                    .map()
                    .forEach(
                            (name, values) -> {
                                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                                    exchange.getResponseHeaders().put(name, values);
                                }
                            });
            byte[] answer = response.body();
            boolean empty = "HEAD".equals(method) || answer.length == 0;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
