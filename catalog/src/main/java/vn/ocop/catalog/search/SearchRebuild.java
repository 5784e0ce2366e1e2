package vn.ocop.catalog.search;

import java.util.List;
import java.util.UUID;

/** A full rebuild in progress: fed with every product in batches, then finished or abandoned. */
public interface SearchRebuild {

    /**
     * One batch, read from the database after the clock gave {@code version}.
     *
     * @param visible documents of the batch's visible products
     * @param invisible ids of the batch's products the public may not see
     */
    void write(List<SearchDocument> visible, List<UUID> invisible, long version);

    /** Makes the rebuilt data the one searches use and drops what no product backs any more. */
    void finish();

    /** Gives up, leaving the data searches use as it was. */
    void abandon();
}
