package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.ocop.platform.outbox.api.Outbox;

/**
 * Stands in for a module's application service: one use case, one transaction, writing its own row
 * and an outbox message.
 */
@Singleton
@Requires(property = "outbox-test.handlers", value = "delivery")
class ProductWrites {

    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;

    ProductWrites(
            TransactionOperations<Connection> transactions, Outbox outbox, DataSource dataSource)
            throws SQLException {
        this.transactions = transactions;
        this.outbox = outbox;
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.createStatement()
                    .execute("CREATE TABLE IF NOT EXISTS test_products (code TEXT PRIMARY KEY)");
        }
    }

    @Transactional
    public long save(String code, String payloadJson) {
        insert(code);
        return outbox.enqueue(RecordingHandler.TOPIC, code, payloadJson);
    }

    @Transactional
    public long saveThenFail(String code) {
        insert(code);
        outbox.enqueue(RecordingHandler.TOPIC, code, "{}");
        throw new IllegalStateException("The use case failed after enqueueing");
    }

    private void insert(String code) {
        try (PreparedStatement s =
                transactions
                        .getConnection()
                        .prepareStatement("INSERT INTO test_products (code) VALUES (?)")) {
            s.setString(1, code);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
