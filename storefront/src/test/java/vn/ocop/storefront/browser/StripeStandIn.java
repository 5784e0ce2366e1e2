package vn.ocop.storefront.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for Stripe in the test JVM (JDK HttpServer), for journeys in a real browser: the
 * app's real stripe-java client creates Checkout Sessions here ({@code ocop.stripe.api-base}), and
 * the session's {@code url} is this server's own stand-in of the hosted payment page, so the
 * browser really lands on it. Webhook payloads are signed as Stripe documents ({@code
 * Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">}). The orders module's {@code
 * StripeStub} (orders test code, not visible here) does the same for the API tests; this one
 * answers only what the card checkout needs.
 */
final class StripeStandIn implements AutoCloseable {

    /** A Checkout Session the app created: its id and the form stripe-java sent. */
    record Session(String id, Map<String, String> form) {
        long amount() {
            return Long.parseLong(form.get("line_items[0][price_data][unit_amount]"));
        }

        String orderNumber() {
            return form.get("metadata[order_number]");
        }
    }

    final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final HttpServer server;

    StripeStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/checkout/sessions", this::createSession);
        server.createContext("/c/pay/", this::paymentPage);
        server.start();
    }

    /** What {@code ocop.stripe.api-base} points at. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void createSession(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"POST".equals(exchange.getRequestMethod())
                || auth == null
                || !auth.startsWith("Bearer sk_test_")) {
            answer(
                    exchange,
                    401,
                    "application/json",
                    "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key\"}}");
            return;
        }
        Map<String, String> form =
                form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Session session = new Session("cs_test_" + ids.incrementAndGet(), form);
        sessions.add(session);
        answer(
                exchange,
                200,
                "application/json",
                ("{\"id\":\"%s\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                                + "\"currency\":\"vnd\",\"amount_total\":%d,\"status\":\"open\","
                                + "\"payment_status\":\"unpaid\",\"url\":\"%s/c/pay/%s\","
                                + "\"metadata\":{\"order_number\":\"%s\"}}")
                        .formatted(
                                session.id(),
                                session.amount(),
                                baseUrl(),
                                session.id(),
                                session.orderNumber()));
    }

    /** The hosted payment page's stand-in: which session, how much, for which order. */
    private void paymentPage(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/c/pay/".length());
        Session session = sessions.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (session == null) {
            answer(exchange, 404, "text/plain; charset=utf-8", "No such checkout session");
            return;
        }
        answer(
                exchange,
                200,
                "text/html; charset=utf-8",
                ("<!doctype html><html lang=\"en\"><head><title>Stripe Checkout (test stand-in)"
                                + "</title></head><body><h1>Stripe Checkout (test stand-in)</h1>"
                                + "<p id=\"session\">%s</p><p id=\"amount\">%d %s</p>"
                                + "<p id=\"order\">%s</p></body></html>")
                        .formatted(
                                session.id(),
                                session.amount(),
                                session.form().get("currency"),
                                session.orderNumber()));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Request-Id", "req_test_" + System.nanoTime());
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** A {@code checkout.session.completed} event for the session, paid in full. */
    static String completed(String eventId, Session session, String paymentIntent) {
        String object =
                ("{\"id\":\"%s\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                                + "\"status\":\"complete\",\"payment_status\":\"paid\","
                                + "\"currency\":\"vnd\",\"amount_total\":%d,"
                                + "\"client_reference_id\":\"%s\","
                                + "\"metadata\":{\"order_number\":\"%s\"},"
                                + "\"payment_intent\":\"%s\"}")
                        .formatted(
                                session.id(),
                                session.amount(),
                                session.orderNumber(),
                                session.orderNumber(),
                                paymentIntent);
        return ("{\"id\":\"%s\",\"object\":\"event\",\"api_version\":\"%s\",\"created\":%d,"
                        + "\"livemode\":false,\"pending_webhooks\":1,"
                        + "\"type\":\"checkout.session.completed\",\"data\":{\"object\":%s}}")
                .formatted(
                        eventId,
                        com.stripe.Stripe.API_VERSION,
                        System.currentTimeMillis() / 1000,
                        object);
    }

    /** The {@code Stripe-Signature} header for the payload, signed now with the secret. */
    static String signature(String payload, String secret) {
        long now = System.currentTimeMillis() / 1000;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((now + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + now + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
