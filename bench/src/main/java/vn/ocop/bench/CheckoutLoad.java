package vn.ocop.bench;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.ocop.testkit.WebClient;

/**
 * Guest checkouts posted in a closed loop by {@code threads} workers until stopped: 3 lines from 2
 * producers (quantities 1, 2, 3), payment methods in turn VietQR, card (both reserve stock until
 * paid or expired) and COD, each with a fresh Idempotency-Key. Every attempt is kept: its key and
 * body, the HTTP status or the I/O error, the order number, when it started and ended.
 */
final class CheckoutLoad {

    static final String[] METHODS = {"VIETQR", "CARD", "COD"};

    /** One attempt; {@code status} 0 is an I/O error (connection refused or cut). */
    record Attempt(
            String key,
            String method,
            String body,
            int status,
            String number,
            long start,
            long end) {}

    private final URI app;
    private final List<String> skus;
    private final int threads;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    CheckoutLoad(URI app, List<String> skus, int threads) {
        this.app = app;
        this.skus = skus;
        this.threads = threads;
    }

    static String body(List<String> skus, String method) {
        return """
                {"lines":[{"sku":"%s","quantity":1},{"sku":"%s","quantity":2},{"sku":"%s","quantity":3}],
                 "recipient":{"name":"Lê Văn Nam","phone":"0912345678","email":"nam@example.vn"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"12 Phố Điện Biên Phủ"},
                 "paymentMethod":"%s"}
                """
                .formatted(skus.get(0), skus.get(1), skus.get(2), method);
    }

    void start() {
        running.set(true);
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker =
                    new Thread(
                            () -> {
                                WebClient http = new WebClient(app);
                                for (int i = first; running.get(); i++) {
                                    Attempt a = post(http, METHODS[i % METHODS.length]);
                                    attempts.add(a);
                                    if (a.status() == 0 || a.status() >= 500) pause();
                                }
                            },
                            "checkout-load-" + t);
            worker.start();
            workers.add(worker);
        }
    }

    /** While the app or its database is away: do not spin. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts once more with the attempt's key and body (what a client does after a failure). */
    Attempt retry(Attempt attempt) {
        return post(new WebClient(app), attempt.method(), attempt.key(), attempt.body());
    }

    private Attempt post(WebClient http, String method) {
        return post(http, method, UUID.randomUUID().toString(), body(skus, method));
    }

    private static Attempt post(WebClient http, String method, String key, String body) {
        long start = System.nanoTime();
        try {
            WebClient.Response r = http.postJson("/api/v1/orders", body, "Idempotency-Key", key);
            String number = r.status() == 201 ? r.json().get("number").asText() : null;
            return new Attempt(key, method, body, r.status(), number, start, System.nanoTime());
        } catch (UncheckedIOException e) {
            return new Attempt(key, method, body, 0, null, start, System.nanoTime());
        }
    }

    /** Stops the workers and returns every attempt since the start. */
    List<Attempt> stop() throws InterruptedException {
        running.set(false);
        for (Thread w : workers) w.join();
        workers.clear();
        List<Attempt> all = new ArrayList<>(attempts);
        attempts.clear();
        return all;
    }

    static Map<String, Integer> statuses(List<Attempt> attempts) {
        Map<String, Integer> statuses = new TreeMap<>();
        for (Attempt a : attempts) {
            statuses.merge(
                    a.status() == 0 ? "I/O error" : Integer.toString(a.status()), 1, Integer::sum);
        }
        return statuses;
    }
}
