package vn.ocop.catalog.search;

import java.util.List;
import java.util.UUID;

/**
 * The port both search engines implement, PostgreSQL by default and Elasticsearch when configured.
 * The contract suite ({@code ProductSearchContract}) holds them to the same results.
 *
 * <p>Writes carry a version: the database clock (microseconds) read before the product was read. An
 * engine applies a write only when its version is newer than the last one applied to that product,
 * deletes included, so a slow or repeated outbox delivery, or a reindex racing live updates, never
 * puts back an older state.
 */
public interface SearchEngine {

    /** Short name for logs, health and the reindex job ("postgres", "elasticsearch"). */
    String name();

    SearchPage search(SearchCriteria criteria);

    /** Product names in rank order, duplicates possible. */
    List<String> suggest(SuggestCriteria criteria);

    /** Adds or replaces a visible product's document. */
    void upsert(SearchDocument document, long version);

    /** Takes a product out (invisible, or gone). */
    void remove(UUID productId, long version);

    /**
     * Starts a full rebuild. Live updates keep flowing while it runs and are not lost; searches
     * keep answering from the current data until {@link SearchRebuild#finish()}.
     */
    SearchRebuild rebuild();
}
