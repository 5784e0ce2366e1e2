package vn.ocop.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a sale point (điểm giới thiệu và bán sản phẩm OCOP) across modules. */
public record SalePointId(UUID value) {
    public SalePointId {
        Objects.requireNonNull(value, "value");
    }

    public static SalePointId of(String text) {
        return new SalePointId(UUID.fromString(text));
    }

    public static SalePointId random() {
        return new SalePointId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
