package vn.ocop.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code connections} threads, each with its own {@link HttpClient} (so each
 * keeps one HTTP/1.1 connection), send the next request as soon as the previous one has answered,
 * walking the query mix from different starting points. The first {@code warmUp} is not counted;
 * then, for {@code measure}, every request that both starts and ends inside the window gives a
 * latency, and throughput is those requests divided by the window. The same generator drives the
 * application and the raw Elasticsearch baseline.
 */
public final class ClosedLoopLoad {

    /** One unit of work: the query at {@code index} of the mix, sent with the thread's client. */
    @FunctionalInterface
    public interface Request {
        void send(HttpClient client, int index) throws Exception;
    }

    /** Figures of one load: latencies in milliseconds, throughput in requests per second. */
    public record Result(double p50, double p95, double throughput, long requests) {
        @Override
        public String toString() {
            return String.format(
                    "p50 %.2f ms, p95 %.2f ms, %.0f req/s (%d requests)",
                    p50, p95, throughput, requests);
        }
    }

    private ClosedLoopLoad() {}

    public static Result run(
            int connections, int mixSize, Duration warmUp, Duration measure, Request request)
            throws InterruptedException {
        long measureStart = System.nanoTime() + warmUp.toNanos();
        long end = measureStart + measure.toNanos();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(connections);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int thread = t;
            Thread worker =
                    new Thread(
                            () -> {
                                long[] mine = new long[4096];
                                int n = 0;
                                int index = (int) ((long) thread * mixSize / connections);
                                HttpClient client = client();
                                try {
                                    while (failure.get() == null) {
                                        long start = System.nanoTime();
                                        if (start >= end) {
                                            break;
                                        }
                                        request.send(client, index);
                                        long stop = System.nanoTime();
                                        if (start >= measureStart && stop <= end) {
                                            if (n == mine.length) {
                                                mine = Arrays.copyOf(mine, n * 2);
                                            }
                                            mine[n++] = stop - start;
                                        }
                                        index = (index + 1) % mixSize;
                                    }
                                } catch (Throwable e) {
                                    failure.compareAndSet(null, e);
                                } finally {
                                    latencies[thread] = mine;
                                    counts[thread] = n;
                                    done.countDown();
                                }
                            },
                            "load-" + t);
            worker.setDaemon(true);
            threads.add(worker);
        }
        threads.forEach(Thread::start);
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("Load failed: " + failure.get(), failure.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        if (total == 0) {
            throw new IllegalStateException("No request completed inside the measured window");
        }
        return new Result(
                Percentiles.of(all, 50),
                Percentiles.of(all, 95),
                total / (measure.toNanos() / 1e9),
                total);
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
