package vn.ocop.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored orders, on the caller's transaction. */
public interface Orders {

    /** The next readable number, e.g. {@code OCOP-2026-000123}, from a database sequence. */
    String nextNumber(int year);

    /** Stores a new order with its first transitions. */
    void add(Order order, List<Transition> transitions, String actor, Instant at);

    /** Loads and locks the order (FOR UPDATE) so a transition sees and changes the latest state. */
    Optional<Order> lockByNumber(String number);

    Optional<Order> lockById(UUID id);

    Optional<Order> byNumber(String number);

    Optional<Order> byId(UUID id);

    /** Stores the status fields of the order and its fulfilments, and its transitions. */
    void save(Order order, List<Transition> transitions, String actor, Instant at);

    /** Numbers of unpaid orders whose reservation lapsed, locked with SKIP LOCKED. */
    List<String> lockExpired(Instant now, int limit);

    List<Order> byBuyer(UUID accountId, int limit);

    /** Orders having a fulfilment of this producer (all orders when null), newest first. */
    List<Order> byProducer(UUID producerId, int limit);

    List<TransitionRecord> history(UUID orderId);

    /** A stored transition with who and when. */
    record TransitionRecord(
            UUID fulfilmentId, String from, String to, String actor, String note, Instant at) {}
}
