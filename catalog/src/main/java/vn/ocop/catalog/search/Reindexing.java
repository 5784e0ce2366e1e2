package vn.ocop.catalog.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.kernel.DomainException;

/**
 * Rebuilds the index from PostgreSQL, the system of record: the office's repair action after an
 * outage that outlived the outbox's retries, a mapping change, or a new Elasticsearch cluster. Runs
 * in the background on the instance that was asked; progress is kept in the database.
 */
@Singleton
class Reindexing {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexing.class);
    static final int BATCH = 200;

    private final ReindexJobs jobs;
    private final ProductIds productIds;
    private final ProductsApi products;
    private final SearchDocuments documents;
    private final SearchEngine engine;
    private final DatabaseClock clock;
    private final ExecutorService executor;

    Reindexing(
            ReindexJobs jobs,
            ProductIds productIds,
            ProductsApi products,
            SearchDocuments documents,
            SearchEngine engine,
            DatabaseClock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.jobs = jobs;
        this.productIds = productIds;
        this.products = products;
        this.documents = documents;
        this.engine = engine;
        this.clock = clock;
        this.executor = executor;
    }

    /** Starts a reindex, or returns the one already running. */
    ReindexJob start() {
        ReindexJobs.Started started = jobs.start(engine.name());
        if (started.isNew()) {
            UUID id = started.job().id();
            executor.execute(() -> run(id));
        }
        return started.job();
    }

    ReindexJob job(UUID id) {
        return jobs.find(id)
                .orElseThrow(
                        () -> new DomainException(SearchError.REINDEX_NOT_FOUND, "No job " + id));
    }

    @EventListener
    void onIndexCreated(SearchIndexCreated event) {
        if (productIds.any()) {
            LOG.info("New empty {} index: indexing the catalogue", event.engine());
            start();
        }
    }

    void run(UUID job) {
        try {
            List<UUID> ids = productIds.all();
            jobs.progress(job, 0, ids.size());
            SearchRebuild rebuild = engine.rebuild();
            try {
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    write(rebuild, batch);
                    jobs.progress(job, from + batch.size(), ids.size());
                }
                rebuild.finish();
            } catch (RuntimeException e) {
                rebuild.abandon();
                throw e;
            }
            jobs.finish(job);
            LOG.info("Reindexed {} products on {}", ids.size(), engine.name());
        } catch (RuntimeException e) {
            LOG.error("Reindex {} failed", job, e);
            jobs.fail(job, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void write(SearchRebuild rebuild, List<UUID> batch) {
        long version = clock.micros();
        List<SearchDocument> visible = new ArrayList<>();
        List<UUID> invisible = new ArrayList<>();
        for (UUID id : batch) {
            Optional<ProductView> product = products.product(id).filter(ProductView::visible);
            if (product.isPresent()) {
                visible.add(documents.of(product.get()));
            } else {
                invisible.add(id);
            }
        }
        rebuild.write(visible, invisible, version);
    }
}
