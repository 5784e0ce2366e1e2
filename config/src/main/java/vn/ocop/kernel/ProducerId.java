package vn.ocop.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies an OCOP producer (chủ thể OCOP) across modules. */
public record ProducerId(UUID value) {
    public ProducerId {
        Objects.requireNonNull(value, "value");
    }

    public static ProducerId of(String text) {
        return new ProducerId(UUID.fromString(text));
    }

    public static ProducerId random() {
        return new ProducerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
