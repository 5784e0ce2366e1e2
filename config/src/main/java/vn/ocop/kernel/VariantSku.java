package vn.ocop.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A product variant's stock-keeping code, unique in the catalogue (letters, digits, dash, dot,
 * underscore).
 */
public record VariantSku(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public VariantSku {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid variant SKU: " + value);
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
