package vn.ocop.catalog.search;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.SearchReindexApi;

/** {@link SearchReindexApi} over the same jobs as the office's REST endpoint. */
@Singleton
class OfficeReindex implements SearchReindexApi {

    private final Reindexing reindexing;
    private final ReindexJobs jobs;

    OfficeReindex(Reindexing reindexing, ReindexJobs jobs) {
        this.reindexing = reindexing;
        this.jobs = jobs;
    }

    @Override
    public Reindex startReindex() {
        return of(reindexing.start());
    }

    @Override
    public Optional<Reindex> reindex(UUID id) {
        return jobs.find(id).map(OfficeReindex::of);
    }

    @Override
    public Optional<Reindex> latestReindex() {
        return jobs.latest().map(OfficeReindex::of);
    }

    private static Reindex of(ReindexJob job) {
        return new Reindex(job.id(), job.state(), job.done(), job.total(), job.error());
    }
}
