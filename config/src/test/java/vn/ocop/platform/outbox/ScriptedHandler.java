package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;

/** Fails with a given error until told to succeed; remembers every delivery. */
@Singleton
@Requires(property = "outbox-test.handlers", value = "failure")
class ScriptedHandler implements OutboxHandler {

    static final String TOPIC = "test.scripted";

    private final List<OutboxMessage> deliveries = new CopyOnWriteArrayList<>();
    private volatile String failure;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) {
        deliveries.add(message);
        String error = failure;
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    void failWith(String error) {
        failure = error;
    }

    void succeed() {
        failure = null;
    }

    void reset() {
        deliveries.clear();
        failure = null;
    }

    /** The attempt numbers this message was delivered with, in order. */
    List<Integer> attemptsOf(long id) {
        return deliveries.stream().filter(m -> m.id() == id).map(m -> m.attempt()).toList();
    }
}
