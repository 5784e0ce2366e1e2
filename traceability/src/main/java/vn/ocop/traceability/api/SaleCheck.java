package vn.ocop.traceability.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Whether packs of a batch may be sold now. When refused, {@code refusal} says why (the sale point
 * shows a message by it) and {@code detail} carries the recall reason or the last day of sale.
 */
@Serdeable
public record SaleCheck(boolean allowed, Refusal refusal, String detail) {

    public enum Refusal {
        /** No batch with this GTIN and lot was registered. */
        UNKNOWN_BATCH,
        /** The producer or the office recalled the batch. */
        RECALLED,
        /** The expiry or best-before date has passed. */
        EXPIRED
    }

    public static SaleCheck allowedToSell() {
        return new SaleCheck(true, null, null);
    }

    public static SaleCheck refused(Refusal refusal, String detail) {
        return new SaleCheck(false, refusal, detail);
    }
}
