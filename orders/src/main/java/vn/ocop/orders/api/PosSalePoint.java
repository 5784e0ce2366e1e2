package vn.ocop.orders.api;

import java.util.UUID;

/** A sale point as its counter pages show it. */
public record PosSalePoint(UUID id, String name, String address) {}
