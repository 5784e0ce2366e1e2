package vn.ocop.platform.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs one piece of outbox bookkeeping in its own short transaction, never inside a caller's: the
 * worker must not hold a transaction (or row locks) while handlers call other systems.
 */
@Singleton
class ShortTransactions {

    private static final TransactionDefinition OWN =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    ShortTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    <R> R run(Work<R> work) {
        return transactions.execute(
                OWN,
                status -> {
                    try {
                        return work.run(status.getConnection());
                    } catch (SQLException e) {
                        throw new OutboxStorageException(e);
                    }
                });
    }
}
