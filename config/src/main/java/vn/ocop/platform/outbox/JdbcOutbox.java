package vn.ocop.platform.outbox;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.ocop.platform.outbox.api.Outbox;

/** Writes outbox rows on the connection of the caller's current transaction. */
@Singleton
class JdbcOutbox implements Outbox {

    private static final String INSERT =
            "INSERT INTO platform.outbox_messages (topic, message_key, payload)"
                    + " VALUES (?, ?, ?::jsonb) RETURNING id";
    private static final String INVALID_TEXT_REPRESENTATION = "22P02";

    private final TransactionOperations<Connection> transactions;

    JdbcOutbox(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public long enqueue(String topic, String key, String payloadJson) {
        Topics.requireValid(topic);
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException(
                    "Outbox key must be 1-200 characters, got: " + key + " (topic " + topic + ")");
        }
        if (payloadJson == null || payloadJson.isBlank()) {
            throw new IllegalArgumentException("Outbox payload is empty (topic " + topic + ")");
        }
        Connection connection = currentTransaction(topic);
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            s.setString(1, topic);
            s.setString(2, key);
            s.setString(3, payloadJson);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (INVALID_TEXT_REPRESENTATION.equals(e.getSQLState())) {
                throw new IllegalArgumentException(
                        "Outbox payload is not valid JSON (topic " + topic + "): " + e.getMessage(),
                        e);
            }
            throw new OutboxStorageException(e);
        }
    }

    private Connection currentTransaction(String topic) {
        TransactionStatus<?> status =
                transactions.findTransactionStatus().orElseThrow(() -> outside(topic, "none"));
        try {
            Connection connection = (Connection) status.getConnection();
            if (connection.getAutoCommit()) {
                throw outside(topic, "the connection is in auto-commit mode");
            }
            if (connection.isReadOnly()
                    || status.getTransactionDefinition().isReadOnly().orElse(false)) {
                throw outside(topic, "it is read-only");
            }
            return connection;
        } catch (SQLException e) {
            throw new OutboxStorageException(e);
        }
    }

    private static IllegalStateException outside(String topic, String transaction) {
        return new IllegalStateException(
                "Outbox.enqueue(topic "
                        + topic
                        + ") needs the caller's read-write transaction"
                        + " so that the message commits or rolls back with the caller's writes;"
                        + " current transaction: "
                        + transaction
                        + ". Call it from a"
                        + " @Transactional application-service method.");
    }
}
