package vn.ocop.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a catalogue product (a listing) across modules. */
public record ProductId(UUID value) {
    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId of(String text) {
        return new ProductId(UUID.fromString(text));
    }

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
