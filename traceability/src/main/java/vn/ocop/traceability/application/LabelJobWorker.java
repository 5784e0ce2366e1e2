package vn.ocop.traceability.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.labels.Label;
import vn.ocop.traceability.labels.LabelCaptions;
import vn.ocop.traceability.labels.LabelFiles;
import vn.ocop.traceability.labels.LabelJob;
import vn.ocop.traceability.labels.LabelJobs;
import vn.ocop.traceability.labels.LabelSheet;
import vn.ocop.traceability.serials.UnitSerial;
import vn.ocop.traceability.serials.UnitSerials;

/**
 * Prints queued label jobs on its own thread: claims the job, draws the labels into a {@link
 * LabelSheet} (serials read in chunks, progress and heartbeat written every {@value #STEP} labels,
 * each in its own short transaction), then moves the finished PDF into place. A job whose heartbeat
 * stops (the instance stopped or crashed) is queued again by {@link #recover} on any instance, at
 * start-up and every 30 seconds, and printed from the start.
 */
@Singleton
public class LabelJobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(LabelJobWorker.class);
    static final int STEP = 100;
    private static final int MAX_RESTARTS = 3;

    private final LabelJobs jobs;
    private final Batches batches;
    private final UnitSerials serials;
    private final ProductsApi products;
    private final DigitalLinks links;
    private final LabelFiles files;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration staleAfter;
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread thread = new Thread(r, "label-jobs");
                        thread.setDaemon(true);
                        thread.setPriority(Thread.NORM_PRIORITY - 1);
                        return thread;
                    });

    LabelJobWorker(
            LabelJobs jobs,
            Batches batches,
            UnitSerials serials,
            ProductsApi products,
            DigitalLinks links,
            LabelFiles files,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${ocop.labels.stale-after:60s}") Duration staleAfter) {
        this.jobs = jobs;
        this.batches = batches;
        this.serials = serials;
        this.products = products;
        this.links = links;
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Runs the job soon; call after the transaction that stored it has committed. */
    public void submit(UUID jobId) {
        executor.submit(() -> run(jobId));
    }

    /**
     * Picks up, once, the jobs a previous run left unfinished. A one-shot task a second after the
     * start rather than a start-up listener: the listener built this worker and its collaborators
     * on the main thread before the server could answer (~8 % of the start's main-thread samples,
     * BENCHMARKS.md, "Start to ready").
     */
    @Scheduled(initialDelay = "1s")
    void resumeAfterStart() {
        submitStale();
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void sweep() {
        submitStale();
    }

    /** Queues again the jobs whose worker went quiet, and runs them here. */
    public List<UUID> recover() {
        List<UUID> again =
                transactions.executeWrite(
                        s ->
                                jobs.requeueStale(
                                        clock.instant().minus(staleAfter),
                                        MAX_RESTARTS,
                                        clock.instant()));
        again.forEach(this::submit);
        return again;
    }

    private void submitStale() {
        try {
            List<UUID> again = recover();
            if (!again.isEmpty()) {
                LOG.warn("Label jobs interrupted earlier are printed again: {}", again);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for interrupted label jobs", e);
        }
    }

    void run(UUID jobId) {
        if (!transactions.executeWrite(s -> jobs.claim(jobId, clock.instant()))) {
            return;
        }
        try {
            print(jobId);
        } catch (Exception e) {
            LOG.error("Label job {} failed", jobId, e);
            transactions.executeWrite(
                    s -> {
                        jobs.failed(jobId, "The label file could not be written", clock.instant());
                        return null;
                    });
            try {
                Files.deleteIfExists(files.partial(jobId));
            } catch (IOException ignored) {
                // the next run of this job overwrites it
            }
        }
    }

    private record Subject(LabelJob job, Batch batch, String name) {}

    private void print(UUID jobId) throws IOException {
        Subject subject =
                transactions.executeRead(
                        s -> {
                            LabelJob job = jobs.byId(jobId).orElseThrow();
                            Batch batch = batches.byId(job.batchId()).orElseThrow();
                            ProductView product = products.product(batch.productId()).orElseThrow();
                            String name =
                                    "en".equals(job.language()) && product.nameEn() != null
                                            ? product.nameEn()
                                            : product.nameVi();
                            return new Subject(job, batch, name);
                        });
        LabelJob job = subject.job();
        Batch batch = subject.batch();
        Path partial = files.partial(jobId);
        try (LabelSheet sheet =
                new LabelSheet(
                        job.template(),
                        captions(job.language()),
                        ErrorCorrection.valueOf(job.ecLevel()))) {
            if (job.mode() == LabelJob.Mode.BATCH) {
                String uri = links.forBatch(batch.gtin(), batch.lot());
                for (int i = 0; i < job.total(); i++) {
                    sheet.add(label(batch, subject.name(), uri, null));
                    reportEvery(jobId, sheet.count());
                }
            } else {
                int after = job.firstOrdinal() - 1;
                while (after < job.lastOrdinal()) {
                    int from = after;
                    List<UnitSerial> chunk =
                            transactions.executeRead(
                                    s -> serials.range(batch.id(), from, job.lastOrdinal(), 1000));
                    if (chunk.isEmpty()) {
                        break;
                    }
                    for (UnitSerial serial : chunk) {
                        String uri = links.forUnit(batch.gtin(), batch.lot(), serial.serial());
                        sheet.add(label(batch, subject.name(), uri, serial.serial()));
                        reportEvery(jobId, sheet.count());
                    }
                    after = chunk.get(chunk.size() - 1).ordinal();
                }
            }
            if (sheet.count() != job.total()) {
                throw new IllegalStateException(
                        "Printed " + sheet.count() + " of " + job.total() + " labels");
            }
            sheet.save(partial);
        }
        Path target = files.pdf(jobId);
        Files.move(
                partial,
                target,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        long size = Files.size(target);
        transactions.executeWrite(
                s -> {
                    jobs.succeeded(jobId, size, clock.instant());
                    return null;
                });
    }

    private void reportEvery(UUID jobId, int done) {
        if (done % STEP == 0) {
            transactions.executeWrite(
                    s -> {
                        jobs.progress(jobId, done, clock.instant());
                        return null;
                    });
        }
    }

    private static Label label(Batch batch, String name, String uri, String serial) {
        return new Label(
                uri, name, batch.lot(), batch.expiryDate(), batch.bestBeforeDate(), serial);
    }

    static LabelCaptions captions(String language) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(
                        "i18n.traceability",
                        Locale.forLanguageTag(language),
                        ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new LabelCaptions(
                bundle.getString("label.lot"),
                bundle.getString("label.expiry"),
                bundle.getString("label.best-before"),
                bundle.getString("label.serial"));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
