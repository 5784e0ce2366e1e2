package vn.ocop.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.outbox.api.DeadLetter;
import vn.ocop.platform.outbox.api.Outbox;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.platform.outbox.api.OutboxMessage;

/**
 * Retries, dead letters, leases and retention. The scheduled worker is off, so each poll here is an
 * explicit {@code drainOnce()}; back-off is 200 ms doubling to a 1 s cap, 4 attempts.
 */
@MicronautTest(transactional = false)
@Property(name = "outbox-test.handlers", value = "failure")
@Property(name = "ocop.outbox.worker.enabled", value = "false")
@Property(name = "ocop.outbox.retry.max-attempts", value = "4")
@Property(name = "ocop.outbox.retry.base-delay", value = "200ms")
@Property(name = "ocop.outbox.retry.max-delay", value = "1s")
@Property(name = "ocop.outbox.retry.jitter", value = "0.2")
class OutboxFailureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject ScriptedHandler handler;
    @Inject Outbox outbox;
    @Inject OutboxAdmin admin;
    @Inject OutboxRows rows;
    @Inject OutboxRetention retention;
    @Inject TransactionOperations<Connection> transactions;
    @Inject DataSource dataSource;
    OutboxTable table;

    @BeforeEach
    void start_from_an_empty_outbox() {
        table = new OutboxTable(dataSource);
        table.execute("DELETE FROM platform.outbox_messages");
        handler.reset();
    }

    @Test
    void a_failing_message_backs_off_longer_each_time_then_is_dead_lettered_and_can_be_requeued() {
        handler.failWith("search engine unreachable");
        long id = enqueue(ScriptedHandler.TOPIC, "product-1");

        // 200, 400, 800 ms, each less up to 20 % jitter
        long[][] expectedDelays = {{160, 200}, {320, 400}, {640, 800}};
        for (int attempt = 1; attempt <= 3; attempt++) {
            Poll poll = deliverWhenDue(id, attempt);
            OutboxTable.Row row = table.row(id);
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isEqualTo(attempt);
            assertThat(row.lockedBy()).isNull();
            assertThat(row.lastError())
                    .isEqualTo("java.lang.IllegalStateException: search engine unreachable");
            long[] expected = expectedDelays[attempt - 1];
            poll.assertDelayBetween(row.nextAttemptAt(), expected[0], expected[1]);
        }

        deliverWhenDue(id, 4);
        OutboxTable.Row dead = table.row(id);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(4);
        assertThat(admin.deadLetters(10))
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.id()).isEqualTo(id);
                            assertThat(letter.key()).isEqualTo("product-1");
                            assertThat(letter.attempts()).isEqualTo(4);
                            assertThat(letter.lastError()).contains("search engine unreachable");
                            assertThat(letter.deadAt()).isAfterOrEqualTo(letter.createdAt());
                        });
        assertThat(admin.drainOnce()).isZero();
        assertThat(handler.attemptsOf(id)).containsExactly(1, 2, 3, 4);

        handler.succeed();
        assertThat(admin.requeue(id)).isTrue();
        assertThat(admin.requeue(id)).isFalse();
        assertThat(admin.drainOnce()).isEqualTo(1);
        assertThat(handler.attemptsOf(id)).containsExactly(1, 2, 3, 4, 1);
        assertThat(table.row(id).status()).isEqualTo("DONE");
        assertThat(admin.deadLetters(10)).isEmpty();
    }

    @Test
    void an_expired_lease_makes_the_message_claimable_again_and_the_stale_result_is_ignored() {
        long id = enqueue(ScriptedHandler.TOPIC, "product-2");
        List<OutboxMessage> stale = rows.claim("crashed-instance", 10, Duration.ofMinutes(1));
        assertThat(stale).extracting(OutboxMessage::id).containsExactly(id);

        assertThat(admin.drainOnce()).isZero();
        assertThat(table.row(id).lockedBy()).isEqualTo("crashed-instance");

        table.execute(
                "UPDATE platform.outbox_messages"
                        + " SET locked_until = now() - INTERVAL '1 second' WHERE id = ?",
                id);
        assertThat(admin.drainOnce()).isEqualTo(1);
        assertThat(handler.attemptsOf(id)).containsExactly(2);
        assertThat(table.row(id).status()).isEqualTo("DONE");

        boolean recorded =
                rows.retryLater(stale.get(0), "crashed-instance", Duration.ZERO, "late failure");
        assertThat(recorded).isFalse();
        assertThat(table.row(id).status()).isEqualTo("DONE");
        assertThat(table.row(id).lastError()).isNull();
    }

    @Test
    void a_message_whose_final_attempt_never_reported_back_is_dead_lettered_undelivered() {
        long id = enqueue(ScriptedHandler.TOPIC, "product-3");
        table.execute(
                "UPDATE platform.outbox_messages SET attempts = 4,"
                        + " locked_by = 'crashed-instance', locked_until = now() - INTERVAL '1 second'"
                        + " WHERE id = ?",
                id);

        assertThat(admin.drainOnce()).isEqualTo(1);

        assertThat(handler.attemptsOf(id)).isEmpty();
        assertThat(table.row(id).status()).isEqualTo("DEAD");
        assertThat(table.row(id).lastError()).contains("lease on the final attempt expired");
    }

    @Test
    void a_message_for_a_topic_nobody_handles_stays_pending_with_the_error_and_backs_off() {
        long id = enqueue("test.nobody-listens", "product-4");

        Instant before = table.clock();
        assertThat(admin.drainOnce()).isEqualTo(1);

        OutboxTable.Row row = table.row(id);
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isZero();
        assertThat(row.lockedBy()).isNull();
        assertThat(row.lastError()).startsWith("No outbox handler for topic 'test.nobody-listens'");
        new Poll(before, table.clock()).assertDelayBetween(row.nextAttemptAt(), 1000, 1000);
        assertThat(admin.deadLetters(10)).isEmpty();
    }

    @Test
    void requeue_all_brings_back_every_dead_letter_of_one_topic_only() {
        long first = enqueue(ScriptedHandler.TOPIC, "product-5");
        long second = enqueue(ScriptedHandler.TOPIC, "product-6");
        long other = enqueue("test.other", "product-7");
        table.execute(
                "UPDATE platform.outbox_messages SET status = 'DEAD', attempts = 4,"
                        + " processed_at = now(), last_error = 'gave up'");

        assertThat(admin.requeueAll(ScriptedHandler.TOPIC)).isEqualTo(2);

        assertThat(table.row(first).status()).isEqualTo("PENDING");
        assertThat(table.row(second).attempts()).isZero();
        assertThat(admin.deadLetters(10)).extracting(DeadLetter::id).containsExactly(other);
    }

    @Test
    void handled_messages_past_retention_are_purged_while_dead_letters_and_recent_ones_stay() {
        long old = enqueue(ScriptedHandler.TOPIC, "product-8");
        long recent = enqueue(ScriptedHandler.TOPIC, "product-9");
        long dead = enqueue(ScriptedHandler.TOPIC, "product-10");
        admin.drainOnce();
        table.execute(
                "UPDATE platform.outbox_messages SET processed_at = now() - INTERVAL '8 days'"
                        + " WHERE id IN (?, ?)",
                old,
                dead);
        table.execute("UPDATE platform.outbox_messages SET status = 'DEAD' WHERE id = ?", dead);

        assertThat(retention.purgeHandled()).isEqualTo(1);

        assertThat(table.count("SELECT count(*) FROM platform.outbox_messages WHERE id = ?", old))
                .isZero();
        assertThat(table.row(recent).status()).isEqualTo("DONE");
        assertThat(table.row(dead).status()).isEqualTo("DEAD");
    }

    private long enqueue(String topic, String key) {
        return transactions.executeWrite(
                status -> outbox.enqueue(topic, key, "{\"productId\": \"" + key + "\"}"));
    }

    /**
     * Polls until the message's {@code attempt}-th delivery and returns the database clock just
     * before and after the poll that made it.
     */
    private Poll deliverWhenDue(long id, int attempt) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Instant before = table.clock();
            admin.drainOnce();
            if (handler.attemptsOf(id).size() >= attempt) {
                return new Poll(before, table.clock());
            }
        }
        throw new AssertionError("Message " + id + " was not delivered " + attempt + " times");
    }

    /** The database clock around one poll; the worker's own {@code now()} lies in between. */
    private record Poll(Instant before, Instant after) {

        /**
         * Asserts the worker chose a delay within [min, max] ms. The delay is the next attempt time
         * minus the worker's {@code now()}, so it is at most next minus {@code before} and at least
         * next minus {@code after}; these bounds never fail a correct delay, however slow the
         * machine.
         */
        void assertDelayBetween(Instant nextAttemptAt, long minMillis, long maxMillis) {
            assertThat(Duration.between(before, nextAttemptAt).toMillis())
                    .isGreaterThanOrEqualTo(minMillis);
            assertThat(Duration.between(after, nextAttemptAt).toMillis())
                    .isLessThanOrEqualTo(maxMillis);
        }
    }
}
