package vn.ocop.platform.outbox;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import vn.ocop.platform.outbox.api.OutboxMessage;

/**
 * The worker's statements, each in its own short transaction. A claim is identified by the message
 * id, the claiming instance and the attempt number, so a late result from a claim whose lease
 * expired (and was taken over) changes nothing.
 */
@Singleton
class OutboxRows {

    private static final String CLAIM =
            """
            UPDATE platform.outbox_messages m
               SET attempts = m.attempts + 1,
                   locked_by = ?,
                   locked_until = now() + ? * INTERVAL '1 millisecond'
              FROM (SELECT id FROM platform.outbox_messages
                     WHERE status = 'PENDING' AND next_attempt_at <= now()
                       AND (locked_until IS NULL OR locked_until <= now())
                     ORDER BY next_attempt_at, id
                     LIMIT ?
                       FOR UPDATE SKIP LOCKED) due
             WHERE m.id = due.id
            RETURNING m.id, m.topic, m.message_key, m.payload::text, m.attempts, m.created_at
            """;
    private static final String RELEASE = ", locked_by = NULL, locked_until = NULL";
    private static final String OF_CLAIM =
            " WHERE id = ? AND status = 'PENDING' AND locked_by = ? AND attempts = ?";

    private final ShortTransactions transactions;

    OutboxRows(ShortTransactions transactions) {
        this.transactions = transactions;
    }

    /** Leases up to {@code limit} due messages to {@code instanceId}, counting an attempt. */
    List<OutboxMessage> claim(String instanceId, int limit, Duration lease) {
        return transactions.run(
                c -> {
                    try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                        s.setString(1, instanceId);
                        s.setLong(2, lease.toMillis());
                        s.setInt(3, limit);
                        return MessageRows.messages(s).stream()
                                .sorted(Comparator.comparingLong(OutboxMessage::id))
                                .toList();
                    }
                });
    }

    boolean done(OutboxMessage claimed, String instanceId) {
        return update("status = 'DONE', processed_at = now()", claimed, instanceId);
    }

    boolean retryLater(OutboxMessage claimed, String instanceId, Duration delay, String error) {
        return update(
                "next_attempt_at = now() + ? * INTERVAL '1 millisecond', last_error = ?",
                claimed,
                instanceId,
                delay.toMillis(),
                error);
    }

    boolean dead(OutboxMessage claimed, String instanceId, String error) {
        return update(
                "status = 'DEAD', processed_at = now(), last_error = ?",
                claimed,
                instanceId,
                error);
    }

    /** Gives the message back without counting the attempt (no handler here for its topic). */
    boolean putBack(OutboxMessage claimed, String instanceId, Duration delay, String error) {
        return update(
                "attempts = attempts - 1,"
                        + " next_attempt_at = now() + ? * INTERVAL '1 millisecond', last_error = ?",
                claimed,
                instanceId,
                delay.toMillis(),
                error);
    }

    private boolean update(
            String assignments, OutboxMessage claimed, String instanceId, Object... values) {
        String sql = "UPDATE platform.outbox_messages SET " + assignments + RELEASE + OF_CLAIM;
        return transactions.run(
                c -> {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        int i = 1;
                        for (Object value : values) {
                            s.setObject(i++, value);
                        }
                        s.setLong(i++, claimed.id());
                        s.setString(i++, instanceId);
                        s.setInt(i, claimed.attempt());
                        return s.executeUpdate() == 1;
                    }
                });
    }
}
