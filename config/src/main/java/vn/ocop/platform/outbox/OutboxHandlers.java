package vn.ocop.platform.outbox;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.platform.outbox.api.OutboxHandler;

/** The handler beans by topic; two handlers for one topic stop the application at start-up. */
@Singleton
class OutboxHandlers {

    private final Map<String, OutboxHandler> byTopic = new HashMap<>();

    OutboxHandlers(List<OutboxHandler> handlers) {
        for (OutboxHandler handler : handlers) {
            String topic = Topics.requireValid(handler.topic());
            OutboxHandler other = byTopic.putIfAbsent(topic, handler);
            if (other != null) {
                throw new IllegalStateException(
                        "Two outbox handlers for topic '"
                                + topic
                                + "': "
                                + other.getClass().getName()
                                + " and "
                                + handler.getClass().getName());
            }
        }
    }

    Optional<OutboxHandler> forTopic(String topic) {
        return Optional.ofNullable(byTopic.get(topic));
    }
}
