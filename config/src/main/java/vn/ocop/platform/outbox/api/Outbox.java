package vn.ocop.platform.outbox.api;

/**
 * Records work that must not be lost (a search-index update, a payment event, a retail-selling
 * event, an e-mail) as a row in the caller's own transaction.
 *
 * <p>The row is written on the same JDBC connection as the caller's other writes, so it commits or
 * rolls back together with them: a rolled-back use case leaves no message, a committed one always
 * leaves its message. After commit the outbox worker delivers the message to the {@link
 * OutboxHandler} registered for its topic, outside any transaction and with retries, on whichever
 * application instance claims it first.
 *
 * <p>Call it from inside the use case's transaction (an application-service method annotated
 * {@code @Transactional}). Called with no transaction, or in a read-only one, it throws {@link
 * IllegalStateException} instead of writing a row that would commit on its own.
 */
public interface Outbox {

    /**
     * Adds a message to the caller's current transaction.
     *
     * @param topic which handler receives it, e.g. {@code catalog.product-changed}: lower case
     *     letters, digits, '.', '-' and '_', at most 100 characters
     * @param key what the message is about (usually an aggregate id, e.g. a product id), at most
     *     200 characters; handlers use it to re-read current state, operators to find messages
     * @param payloadJson a JSON document; stored as PostgreSQL {@code jsonb}, so it must be valid
     *     JSON and is handed to the handler normalised (whitespace and key order may differ)
     * @return the message id
     * @throws IllegalStateException when no read-write transaction is active
     * @throws IllegalArgumentException when the topic, key or payload is missing or malformed
     */
    long enqueue(String topic, String key, String payloadJson);
}
