package vn.ocop.platform.outbox.api;

import java.time.Instant;

/**
 * One delivery of an outbox message to its handler.
 *
 * @param id the message id, stable across attempts (use it to de-duplicate)
 * @param topic the handler's topic
 * @param key what the message is about, as given to {@link Outbox#enqueue}
 * @param payload the JSON payload as PostgreSQL normalised it
 * @param attempt 1 for the first delivery, 2 for the first retry, and so on
 * @param createdAt when the enqueuing transaction started
 */
public record OutboxMessage(
        long id, String topic, String key, String payload, int attempt, Instant createdAt) {}
