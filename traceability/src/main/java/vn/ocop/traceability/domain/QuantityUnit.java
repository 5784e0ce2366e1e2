package vn.ocop.traceability.domain;

import java.util.Optional;

/**
 * The unit a batch is counted or measured in. Counted batches (bottles, boxes, packs) are {@link
 * #PIECE}; measured ones carry the UN/ECE Recommendation 20 code EPCIS quantities use.
 */
public enum QuantityUnit {
    PIECE(null),
    KG("KGM"),
    G("GRM"),
    TONNE("TNE"),
    L("LTR"),
    ML("MLT");

    private final String uneceCode;

    QuantityUnit(String uneceCode) {
        this.uneceCode = uneceCode;
    }

    /** Empty for counted items: EPCIS then reads the quantity as a number of instances. */
    public Optional<String> uneceCode() {
        return Optional.ofNullable(uneceCode);
    }

    public static Optional<QuantityUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (QuantityUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
