package vn.ocop.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/** A readable order number such as {@code OCOP-2026-000123}. */
public record OrderNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("OCOP-[0-9]{4}-[0-9]{6,}");

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid order number: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
