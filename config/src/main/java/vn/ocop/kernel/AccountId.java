package vn.ocop.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account across modules. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
