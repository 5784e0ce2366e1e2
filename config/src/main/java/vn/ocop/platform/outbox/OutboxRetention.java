package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes handled messages older than {@code ocop.outbox.cleanup.retention}, in small batches so no
 * transaction grows large. Pending messages and dead letters are never deleted.
 */
@Singleton
class OutboxRetention {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int BATCH = 1000;
    private static final String PURGE =
            """
            DELETE FROM platform.outbox_messages WHERE id IN (
                SELECT id FROM platform.outbox_messages
                 WHERE status = 'DONE' AND processed_at < now() - ? * INTERVAL '1 millisecond'
                 LIMIT ? FOR UPDATE SKIP LOCKED)
            """;

    private final ShortTransactions transactions;
    private final Duration retention;

    OutboxRetention(
            ShortTransactions transactions,
            @Value("${ocop.outbox.cleanup.retention}") Duration retention) {
        this.transactions = transactions;
        this.retention = retention;
    }

    /** Deletes every handled message past retention; returns how many. */
    int purgeHandled() {
        int total = 0;
        int deleted;
        do {
            deleted = transactions.run(this::purgeBatch);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.info("Purged {} handled outbox message(s) older than {}", total, retention);
        }
        return total;
    }

    private int purgeBatch(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(PURGE)) {
            s.setLong(1, retention.toMillis());
            s.setInt(2, BATCH);
            return s.executeUpdate();
        }
    }
}
