package vn.ocop.traceability.serials;

import java.time.Instant;

/**
 * One issued serial of a batch.
 *
 * @param ordinal 1 for the batch's first serial, in order of issue
 */
public record UnitSerial(int ordinal, String serial, Instant issuedAt) {}
