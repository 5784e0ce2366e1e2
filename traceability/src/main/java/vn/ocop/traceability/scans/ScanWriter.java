package vn.ocop.traceability.scans;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes scans off the request thread: a bounded queue drained by one background thread, so the
 * resolver's 307 does not wait for the database. No scan is lost on a normal shutdown: the queue is
 * drained before the application context (and its data source) closes, and when the queue is full
 * or already closed the request thread writes its scan itself. A scan whose write fails is logged
 * and dropped (a scan is a statistic, not a business fact).
 */
@Singleton
class ScanWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ScanWriter.class);

    /**
     * Scans per transaction at most. Each batch costs a handful of round trips and a commit
     * whatever its size, so under load the batches must be large for the writer to keep up with the
     * resolver's fast path (at 200 it topped out near 5,000 scans/s on two shared cores and the
     * full queue pushed requests back to the slow path).
     */
    private static final int BATCH = 2_000;

    private final ScanStore store;
    private final BlockingQueue<Scan> queue;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Thread worker;
    private volatile boolean open = true;

    ScanWriter(ScanStore store, ScanSettings settings) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(Math.max(16, settings.queueCapacity()));
        this.worker = new Thread(this::run, "scan-writer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    void submit(Scan scan) {
        submitted.incrementAndGet();
        try {
            if (open && (queue.offer(scan) || queue.offer(scan, 2, TimeUnit.SECONDS))) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(List.of(scan));
    }

    /**
     * Queues the scan if there is room at once (never waits, never writes itself): for callers on a
     * Netty event loop; false when the queue is full or closed, with nothing queued.
     */
    boolean offer(Scan scan) {
        if (open && queue.offer(scan)) {
            submitted.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Waits until every scan submitted so far is written; for tests and shutdown. */
    boolean awaitWritten(Duration timeout) throws InterruptedException {
        long target = submitted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void run() {
        List<Scan> batch = new ArrayList<>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Scan first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Scan> scans) {
        if (scans.size() > 1) {
            try {
                store.recordAll(scans);
                done.addAndGet(scans.size());
                return;
            } catch (RuntimeException e) {
                LOG.warn("A batch of {} scans failed; writing them one by one", scans.size(), e);
            }
        }
        for (Scan scan : scans) {
            try {
                store.record(scan);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Scan of {}/{}/{} not recorded", scan.gtin(), scan.lot(), scan.serial(), e);
            } finally {
                done.incrementAndGet();
            }
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        open = false;
        worker.join(30_000);
        List<Scan> late = new ArrayList<>();
        queue.drainTo(late);
        write(late);
    }
}
