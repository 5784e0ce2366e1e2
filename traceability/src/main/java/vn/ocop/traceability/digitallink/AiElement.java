package vn.ocop.traceability.digitallink;

import java.util.Objects;

/**
 * One GS1 Application Identifier and its value, e.g. {@code (10) LOT-2026-01}. The value is the
 * decoded data, never percent-encoded.
 */
public record AiElement(String ai, String value) {

    public AiElement {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
    }

    /** The {@code (AI)value} form, with a literal {@code (} in the value escaped as {@code \(}. */
    public String bracketed() {
        return "(" + ai + ")" + value.replace("(", "\\(");
    }
}
