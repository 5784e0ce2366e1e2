package vn.ocop.platform.outbox;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.platform.outbox.api.DeadLetter;
import vn.ocop.platform.outbox.api.OutboxAdmin;

/** Dead letters for the office, requeueing them with a fresh attempt budget, delivery now. */
@Singleton
class JdbcOutboxAdmin implements OutboxAdmin {

    private static final String LIST =
            """
            SELECT id, topic, message_key, payload::text, attempts, last_error, created_at,
                   processed_at
              FROM platform.outbox_messages WHERE status = 'DEAD'
             ORDER BY processed_at DESC, id DESC LIMIT ?
            """;
    private static final String REQUEUE =
            "UPDATE platform.outbox_messages SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = now(), processed_at = NULL WHERE status = 'DEAD' AND ";

    private final ShortTransactions transactions;
    private final OutboxWorker worker;

    JdbcOutboxAdmin(ShortTransactions transactions, OutboxWorker worker) {
        this.transactions = transactions;
        this.worker = worker;
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500, got " + limit);
        }
        return transactions.run(
                c -> {
                    try (PreparedStatement s = c.prepareStatement(LIST)) {
                        s.setInt(1, limit);
                        return deadLetters(s);
                    }
                });
    }

    @Override
    public boolean requeue(long id) {
        return requeueWhere("id = ?", id) == 1;
    }

    @Override
    public int requeueAll(String topic) {
        return requeueWhere("topic = ?", Topics.requireValid(topic));
    }

    @Override
    public int drainOnce() {
        return worker.drainOnce();
    }

    private static List<DeadLetter> deadLetters(PreparedStatement query) throws SQLException {
        List<DeadLetter> dead = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                dead.add(
                        new DeadLetter(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5),
                                rs.getString(6),
                                MessageRows.instant(rs, 7),
                                MessageRows.instant(rs, 8)));
            }
        }
        return dead;
    }

    private int requeueWhere(String condition, Object value) {
        return transactions.run(
                c -> {
                    try (PreparedStatement s = c.prepareStatement(REQUEUE + condition)) {
                        s.setObject(1, value);
                        return s.executeUpdate();
                    }
                });
    }
}
