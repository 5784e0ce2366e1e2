package vn.ocop.traceability.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where batches are kept. */
public interface Batches {

    Optional<Batch> byId(UUID id);

    Optional<Batch> byCode(String gtin14, String lot);

    /** Newest first; {@code producerId} or {@code gtin14} null means any. */
    List<Batch> find(UUID producerId, String gtin14, int limit);

    /**
     * Stores a new batch.
     *
     * @throws vn.ocop.kernel.DomainException {@code traceability.duplicate-lot} when the GTIN
     *     already has this lot
     */
    void add(Batch batch);

    /** Stores the lab tests of a stored batch (after {@link Batch#addLabTest}). */
    void saveLabTests(Batch batch);

    /** Stores the recall of a stored batch. */
    void saveRecall(Batch batch);
}
