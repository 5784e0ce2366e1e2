package vn.ocop.orders.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for Stripe's HTTP API in the test JVM (JDK HttpServer): answers Checkout Session
 * and Refund creation the way Stripe does and keeps every request, so tests run the real
 * stripe-java client against it. Also signs webhook payloads as Stripe documents ({@code
 * Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">}).
 */
final class StripeStub implements AutoCloseable {

    /** One request the client sent. */
    record Call(String method, String path, Map<String, String> form, String idempotencyKey) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final HttpServer server;

    StripeStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Map<String, String> form = form(body);
        calls.add(
                new Call(
                        exchange.getRequestMethod(),
                        path,
                        form,
                        exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        int n = ids.incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String json;
        int status = 200;
        if (auth == null || !auth.startsWith("Bearer sk_test_")) {
            status = 401;
            json =
                    "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key\"}}";
        } else if (path.equals("/v1/checkout/sessions")) {
            json =
                    "{\"id\":\"cs_test_"
                            + n
                            + "\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                            + "\"currency\":\"vnd\",\"amount_total\":"
                            + form.get("line_items[0][price_data][unit_amount]")
                            + ",\"status\":\"open\",\"payment_status\":\"unpaid\","
                            + "\"url\":\"https://checkout.stripe.test/c/pay/cs_test_"
                            + n
                            + "\",\"metadata\":{\"order_number\":\""
                            + form.get("metadata[order_number]")
                            + "\"}}";
        } else if (path.equals("/v1/refunds")) {
            json =
                    "{\"id\":\"re_test_"
                            + n
                            + "\",\"object\":\"refund\",\"status\":\"succeeded\","
                            + "\"payment_intent\":\""
                            + form.get("payment_intent")
                            + "\",\"currency\":\"vnd\"}";
        } else {
            status = 404;
            json = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No route\"}}";
        }
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test_" + n);
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return values;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    /** The {@code Stripe-Signature} header for a payload signed now with the secret. */
    static String signature(String payload, String secret, long unixTime) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((unixTime + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixTime + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Stripe event envelope around a data object. */
    static String event(String id, String type, String object) {
        return "{\"id\":\""
                + id
                + "\",\"object\":\"event\",\"api_version\":\""
                + com.stripe.Stripe.API_VERSION
                + "\",\"created\":"
                + (System.currentTimeMillis() / 1000)
                + ",\"livemode\":false,\"pending_webhooks\":1,\"type\":\""
                + type
                + "\",\"data\":{\"object\":"
                + object
                + "}}";
    }

    static String completedSession(String sessionId, String number, long amount, String intent) {
        return "{\"id\":\""
                + sessionId
                + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"complete\","
                + "\"payment_status\":\"paid\",\"currency\":\"vnd\",\"amount_total\":"
                + amount
                + ",\"client_reference_id\":\""
                + number
                + "\",\"metadata\":{\"order_number\":\""
                + number
                + "\"},\"payment_intent\":\""
                + intent
                + "\"}";
    }

    static String expiredSession(String sessionId, String number) {
        return "{\"id\":\""
                + sessionId
                + "\",\"object\":\"checkout.session\",\"status\":\"expired\","
                + "\"payment_status\":\"unpaid\",\"metadata\":{\"order_number\":\""
                + number
                + "\"}}";
    }

    static String intent(String intentId, String number, long amount, String status) {
        return "{\"id\":\""
                + intentId
                + "\",\"object\":\"payment_intent\",\"status\":\""
                + status
                + "\",\"currency\":\"vnd\",\"amount\":"
                + amount
                + ",\"amount_received\":"
                + ("succeeded".equals(status) ? amount : 0)
                + ",\"metadata\":{\"order_number\":\""
                + number
                + "\"},\"last_payment_error\":"
                + ("succeeded".equals(status)
                        ? "null"
                        : "{\"message\":\"Your card was declined.\"}")
                + "}";
    }

    static String refundedCharge(String chargeId, String intentId, long amount, long refunded) {
        return "{\"id\":\""
                + chargeId
                + "\",\"object\":\"charge\",\"currency\":\"vnd\",\"amount\":"
                + amount
                + ",\"amount_refunded\":"
                + refunded
                + ",\"refunded\":"
                + (refunded >= amount)
                + ",\"payment_intent\":\""
                + intentId
                + "\"}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
