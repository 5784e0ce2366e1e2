package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;

/** Counts every delivery per message id, and notes the threads and transactions it ran in. */
@Singleton
@Requires(property = "outbox-test.handlers", value = "delivery")
class RecordingHandler implements OutboxHandler {

    static final String TOPIC = "test.recorded";

    private final Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<Long, OutboxMessage> messages = new ConcurrentHashMap<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger insideTransaction = new AtomicInteger();
    private final TransactionOperations<Connection> transactions;

    RecordingHandler(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) {
        if (transactions.findTransactionStatus().isPresent()) {
            insideTransaction.incrementAndGet();
        }
        threads.add(Thread.currentThread().getName());
        messages.put(message.id(), message);
        deliveries.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    int deliveriesOf(long id) {
        AtomicInteger count = deliveries.get(id);
        return count == null ? 0 : count.get();
    }

    OutboxMessage lastDeliveryOf(long id) {
        return messages.get(id);
    }

    boolean sawKey(String key) {
        return messages.values().stream().anyMatch(m -> m.key().equals(key));
    }

    Set<String> threads() {
        return Set.copyOf(threads);
    }

    int deliveriesInsideATransaction() {
        return insideTransaction.get();
    }
}
