package vn.ocop.traceability.serials;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Where issued serials are kept, on the caller's transaction. */
public interface UnitSerials {

    /** Takes the batch's issuing lock (until the transaction ends) and counts its serials. */
    int lockAndCount(UUID batchId);

    /**
     * Stores serials after the batch's last ordinal; returns those already taken for this GTIN and
     * lot (none stored for them), so the caller can draw again.
     */
    Set<String> addNew(
            UUID batchId,
            String gtin14,
            String lot,
            int firstOrdinal,
            List<String> serials,
            UUID issuedBy,
            Instant at);

    int count(UUID batchId);

    boolean contains(UUID batchId, String serial);

    /** The highest ordinal of the batch's serials, 0 when it has none. */
    int lastOrdinal(UUID batchId);

    /** A page in order of issue. */
    List<UnitSerial> page(UUID batchId, int offset, int limit);

    /** Up to {@code limit} serials with ordinals after {@code after} and up to {@code last}. */
    List<UnitSerial> range(UUID batchId, int after, int last, int limit);

    /** Every serial in order of issue, fetched in chunks, without holding them all in memory. */
    void each(UUID batchId, int fromOrdinal, Consumer<UnitSerial> action);
}
