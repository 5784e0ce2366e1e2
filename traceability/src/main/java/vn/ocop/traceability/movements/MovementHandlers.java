package vn.ocop.traceability.movements;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;
import vn.ocop.traceability.api.TraceabilityTopics;

/** One outbox handler per movement topic. */
@Factory
class MovementHandlers {

    @Singleton
    @Named(TraceabilityTopics.SHIPPED)
    OutboxHandler shipped(MovementRecorder recorder, Clock clock) {
        return handler(
                TraceabilityTopics.SHIPPED,
                new MovementRecorder.Kind("shipping", "in_transit", "desadv"),
                recorder,
                clock);
    }

    @Singleton
    @Named(TraceabilityTopics.RECEIVED)
    OutboxHandler received(MovementRecorder recorder, Clock clock) {
        return handler(
                TraceabilityTopics.RECEIVED,
                new MovementRecorder.Kind("receiving", "in_progress", "recadv"),
                recorder,
                clock);
    }

    @Singleton
    @Named(TraceabilityTopics.RETAIL_SOLD)
    OutboxHandler retailSold(MovementRecorder recorder, Clock clock) {
        return handler(
                TraceabilityTopics.RETAIL_SOLD,
                new MovementRecorder.Kind("retail_selling", "retail_sold", "inv"),
                recorder,
                clock);
    }

    private static OutboxHandler handler(
            String topic, MovementRecorder.Kind kind, MovementRecorder recorder, Clock clock) {
        return new OutboxHandler() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public void handle(OutboxMessage message) {
                recorder.record(topic, kind, message.payload(), clock.instant());
            }
        };
    }
}
