package vn.ocop.platform.outbox.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A message that failed every attempt and waits for an operator.
 *
 * @param id the message id, to requeue it
 * @param topic its topic
 * @param key what it is about
 * @param payload its JSON payload
 * @param attempts how many deliveries were tried
 * @param lastError the last failure (exception type and message, truncated)
 * @param createdAt when it was enqueued
 * @param deadAt when it was given up
 */
@Serdeable
public record DeadLetter(
        long id,
        String topic,
        String key,
        String payload,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant deadAt) {}
