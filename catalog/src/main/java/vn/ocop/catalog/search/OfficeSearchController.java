package vn.ocop.catalog.search;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import vn.ocop.platform.identity.api.Role;

/** The office's full reindex, with its progress. */
@Controller("/api/v1/office/search/reindex")
@Tag(name = "Search administration")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficeSearchController {

    private final Reindexing reindexing;

    OfficeSearchController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @Post
    @Operation(
            summary = "Rebuild the search index from the catalogue",
            description =
                    "202 with the job; while one runs, asking again returns that job. Searches"
                            + " keep answering throughout (on Elasticsearch a new index replaces"
                            + " the old one in one alias swap).")
    HttpResponse<ReindexJob> start() {
        ReindexJob job = reindexing.start();
        return HttpResponse.accepted(URI.create("/api/v1/office/search/reindex/" + job.id()))
                .body(job);
    }

    @Get("/{id}")
    @Operation(summary = "A reindex job's progress: done of total products, and its state")
    ReindexJob show(@PathVariable UUID id) {
        return reindexing.job(id);
    }
}
