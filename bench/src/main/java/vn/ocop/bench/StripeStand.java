package vn.ocop.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for Stripe's HTTP API for the drills (the orders tests have their own): the
 * application's real stripe-java client creates Checkout Sessions here. Also builds and signs
 * webhook events the way Stripe documents ({@code Stripe-Signature: t=<unix time>,v1=<hex
 * HMAC-SHA256 of "t.payload">}).
 */
final class StripeStand implements AutoCloseable {

    private final AtomicInteger ids = new AtomicInteger();
    private final HttpServer server;

    StripeStand() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        int n = ids.incrementAndGet();
        String json;
        int status = 200;
        if (exchange.getRequestURI().getPath().equals("/v1/checkout/sessions")) {
            json =
                    "{\"id\":\"cs_bench_"
                            + n
                            + "\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                            + "\"currency\":\"vnd\",\"amount_total\":"
                            + form.get("line_items[0][price_data][unit_amount]")
                            + ",\"status\":\"open\",\"payment_status\":\"unpaid\","
                            + "\"url\":\"https://checkout.stripe.test/c/pay/cs_bench_"
                            + n
                            + "\",\"metadata\":{\"order_number\":\""
                            + form.get("metadata[order_number]")
                            + "\"}}";
        } else {
            status = 404;
            json = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No route\"}}";
        }
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_bench_" + n);
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static String signature(String payload, String secret) {
        long unixTime = System.currentTimeMillis() / 1000;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((unixTime + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixTime + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

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

    static String intent(String intentId, String number, long amount, boolean succeeded) {
        return "{\"id\":\""
                + intentId
                + "\",\"object\":\"payment_intent\",\"status\":\""
                + (succeeded ? "succeeded" : "requires_payment_method")
                + "\",\"currency\":\"vnd\",\"amount\":"
                + amount
                + ",\"amount_received\":"
                + (succeeded ? amount : 0)
                + ",\"metadata\":{\"order_number\":\""
                + number
                + "\"},\"last_payment_error\":"
                + (succeeded ? "null" : "{\"message\":\"Your card was declined.\"}")
                + "}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
