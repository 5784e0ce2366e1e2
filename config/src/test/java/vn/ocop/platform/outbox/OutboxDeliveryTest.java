package vn.ocop.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.api.Outbox;
import vn.ocop.platform.outbox.api.OutboxAdmin;

/** Delivery with the scheduled worker running, as in production, plus explicit pollers. */
@MicronautTest(transactional = false)
@Property(name = "outbox-test.handlers", value = "delivery")
@Property(name = "ocop.outbox.worker.poll-interval", value = "50ms")
@Property(name = "ocop.outbox.worker.initial-delay", value = "0s")
@Property(name = "ocop.outbox.worker.batch-size", value = "10")
class OutboxDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject ProductWrites products;
    @Inject RecordingHandler handler;
    @Inject Outbox outbox;
    @Inject OutboxAdmin admin;
    @Inject TransactionOperations<Connection> transactions;
    @Inject OutboxRows rows;
    @Inject OutboxHandlers handlers;
    @Inject RetrySettings retry;
    @Inject WorkerSettings settings;
    @Inject DataSource dataSource;
    OutboxTable table;

    @BeforeEach
    void look_at_the_table() {
        table = new OutboxTable(dataSource);
    }

    @Test
    void a_rolled_back_use_case_leaves_neither_its_write_nor_its_message() {
        assertThatThrownBy(() -> products.saveThenFail("rolled-back"))
                .hasMessage("The use case failed after enqueueing");
        admin.drainOnce();

        assertThat(table.count("SELECT count(*) FROM test_products WHERE code = 'rolled-back'"))
                .isZero();
        assertThat(
                        table.count(
                                "SELECT count(*) FROM platform.outbox_messages WHERE message_key = ?",
                                "rolled-back"))
                .isZero();
        assertThat(handler.sawKey("rolled-back")).isFalse();
    }

    @Test
    void a_committed_use_case_keeps_both_and_its_message_is_handled_exactly_once()
            throws InterruptedException {
        long id = products.save("nuoc-mam-phu-quoc", "{\"name\": \"Nước mắm Phú Quốc\"}");

        assertThat(
                        table.count(
                                "SELECT count(*) FROM test_products WHERE code = ?",
                                "nuoc-mam-phu-quoc"))
                .isEqualTo(1);
        Eventually.until(
                "the scheduled worker delivered message " + id,
                PATIENCE,
                () -> handler.deliveriesOf(id) > 0);
        admin.drainOnce();
        Thread.sleep(300); // six more scheduled polls
        assertThat(handler.deliveriesOf(id)).isEqualTo(1);
        assertThat(table.row(id).status()).isEqualTo("DONE");
        assertThat(table.row(id).lockedBy()).isNull();
        var delivered = handler.lastDeliveryOf(id);
        assertThat(delivered.key()).isEqualTo("nuoc-mam-phu-quoc");
        assertThat(delivered.payload()).isEqualTo("{\"name\": \"Nước mắm Phú Quốc\"}");
        assertThat(delivered.attempt()).isEqualTo(1);
        assertThat(handler.deliveriesInsideATransaction()).isZero();
    }

    @Test
    void four_more_instances_and_the_scheduler_deliver_a_thousand_messages_exactly_once()
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> pollers = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            OutboxWorker instance = anotherInstance("instance-" + n);
            pollers.add(pool.submit(() -> pollUntil(stop, instance)));
        }

        List<Long> ids =
                transactions.executeWrite(
                        status -> {
                            List<Long> written = new ArrayList<>();
                            for (int i = 0; i < 1000; i++) {
                                written.add(
                                        outbox.enqueue(RecordingHandler.TOPIC, "bulk-" + i, "{}"));
                            }
                            return written;
                        });
        Eventually.until(
                "all 1,000 messages were delivered",
                PATIENCE,
                () -> ids.stream().allMatch(id -> handler.deliveriesOf(id) > 0));
        stop.set(true);
        for (Future<?> poller : pollers) {
            poller.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(handler.deliveriesOf(id)).isEqualTo(1));
        assertThat(
                        table.count(
                                "SELECT count(*) FROM platform.outbox_messages"
                                        + " WHERE message_key LIKE 'bulk-%' AND status = 'DONE'"))
                .isEqualTo(1000);
        assertThat(handler.threads()).hasSizeGreaterThan(1);
        assertThat(handler.deliveriesInsideATransaction()).isZero();
    }

    @Test
    void enqueueing_outside_a_read_write_transaction_fails_and_writes_nothing() {
        assertThatThrownBy(() -> outbox.enqueue(RecordingHandler.TOPIC, "no-transaction", "{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs the caller's read-write transaction");
        assertThatThrownBy(
                        () ->
                                transactions.executeRead(
                                        status ->
                                                outbox.enqueue(
                                                        RecordingHandler.TOPIC, "read-only", "{}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
        assertThat(
                        table.count(
                                "SELECT count(*) FROM platform.outbox_messages"
                                        + " WHERE message_key IN ('no-transaction', 'read-only')"))
                .isZero();
    }

    @Test
    void refuses_a_payload_that_is_not_json_and_a_malformed_topic() {
        assertThatThrownBy(
                        () ->
                                transactions.executeWrite(
                                        status ->
                                                outbox.enqueue(
                                                        RecordingHandler.TOPIC,
                                                        "bad-json",
                                                        "{oops")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(
                        () ->
                                transactions.executeWrite(
                                        status -> outbox.enqueue("Catalog Changed", "k", "{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Outbox topic");
    }

    private OutboxWorker anotherInstance(String instanceId) {
        var own =
                new WorkerSettings(
                        true,
                        settings.pollInterval(),
                        settings.initialDelay(),
                        settings.batchSize(),
                        settings.lease(),
                        instanceId);
        return new OutboxWorker(rows, handlers, retry, own);
    }

    private Void pollUntil(AtomicBoolean stop, OutboxWorker instance) throws InterruptedException {
        while (!stop.get()) {
            if (instance.drainOnce() == 0) {
                Thread.sleep(2);
            }
        }
        return null;
    }
}
