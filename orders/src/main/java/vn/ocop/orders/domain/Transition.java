package vn.ocop.orders.domain;

import java.util.UUID;

/** One status change of an order ({@code fulfilmentId} null) or of one fulfilment. */
public record Transition(UUID fulfilmentId, String from, String to, String note) {}
