package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.serials.SerialNumbers;
import vn.ocop.traceability.serials.UnitSerial;
import vn.ocop.traceability.serials.UnitSerials;

/** Issuing and reading a batch's unit serials. */
@Singleton
public class SerialService {

    public static final int MAX_PER_REQUEST = 10_000;
    public static final int MAX_PER_BATCH = 100_000;
    public static final int MAX_PAGE = 1_000;

    /** A batch and a page of its serials. */
    public record SerialPage(Batch batch, int total, int offset, List<UnitSerial> serials) {}

    private final BatchAccess access;
    private final UnitSerials serials;
    private final SerialNumbers numbers = new SerialNumbers(new SecureRandom());
    private final Clock clock;

    SerialService(BatchAccess access, UnitSerials serials, Clock clock) {
        this.access = access;
        this.serials = serials;
        this.clock = clock;
    }

    /** Issues {@code count} new serials for the batch; returns them in order of issue. */
    @Transactional
    public SerialPage issue(Caller caller, UUID batchId, int count) {
        if (count < 1 || count > MAX_PER_REQUEST) {
            throw TraceabilityError.INVALID_SERIAL_COUNT.refuse("count");
        }
        Batch batch = access.accessible(caller, batchId);
        return new SerialPage(batch, 0, 0, issueFor(batch, caller.accountId(), count));
    }

    /**
     * Issues serials for a batch already checked, on the caller's transaction (a label job asks for
     * them when it is created).
     */
    List<UnitSerial> issueFor(Batch batch, UUID by, int count) {
        if (batch.isRecalled()) {
            throw TraceabilityError.BATCH_RECALLED.exception(
                    "Batch " + batch.id() + " is recalled");
        }
        int existing = serials.lockAndCount(batch.id());
        if (existing + count > MAX_PER_BATCH) {
            throw TraceabilityError.TOO_MANY_SERIALS.exception(
                    "The batch has " + existing + " serials");
        }
        Instant now = clock.instant();
        List<UnitSerial> issued = new ArrayList<>(count);
        int next = serials.lastOrdinal(batch.id()) + 1;
        while (issued.size() < count) {
            List<String> drawn = draw(count - issued.size());
            // a serial already taken for this GTIN and lot (about 1 in 10^9 draws at 100,000
            // serials) is skipped, leaving a gap in the ordinals, and drawn again
            Set<String> taken =
                    serials.addNew(batch.id(), batch.gtin(), batch.lot(), next, drawn, by, now);
            for (int i = 0; i < drawn.size(); i++) {
                if (!taken.contains(drawn.get(i))) {
                    issued.add(new UnitSerial(next + i, drawn.get(i), now));
                }
            }
            next += drawn.size();
        }
        return issued;
    }

    private List<String> draw(int count) {
        Set<String> unique = new HashSet<>(count * 2);
        List<String> drawn = new ArrayList<>(count);
        while (drawn.size() < count) {
            String serial = numbers.next();
            if (unique.add(serial)) {
                drawn.add(serial);
            }
        }
        return drawn;
    }

    @ReadOnly
    public SerialPage page(Caller caller, UUID batchId, int offset, int limit) {
        if (offset < 0) {
            throw TraceabilityError.INVALID_QUERY.refuse("offset");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw TraceabilityError.INVALID_QUERY.refuse("limit");
        }
        Batch batch = access.accessible(caller, batchId);
        return new SerialPage(
                batch, serials.count(batchId), offset, serials.page(batchId, offset, limit));
    }

    /** Checks access, then hands every serial of the batch to {@code action} in order of issue. */
    @ReadOnly
    public Batch each(Caller caller, UUID batchId, BiConsumer<Batch, UnitSerial> action) {
        Batch batch = access.accessible(caller, batchId);
        serials.each(batchId, 1, serial -> action.accept(batch, serial));
        return batch;
    }
}
