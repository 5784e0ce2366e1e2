package vn.ocop.traceability.digitallink;

import java.util.List;

/**
 * What the syntax dictionary says about one AI.
 *
 * @param predefinedLength flag {@code *}: fixed length, so no FNC1 separator follows it
 * @param dataAttribute flag {@code ?}: may be a query-string data attribute of a Digital Link
 * @param requires each {@code req=} attribute: one of its alternatives must be present, an
 *     alternative being one or more AI patterns joined by {@code +}
 * @param excludes the {@code ex=} patterns that must not be present
 * @param qualifierAlternatives for a Digital Link primary key ({@code dlpkey}), its alternative
 *     ordered qualifier lists ({@code dlpkey=22,10,21|235}); empty when the AI is not a key
 * @param unknown an AI missing from the dictionary, accepted only when unknown AIs are permitted
 */
record AiDefinition(
        String ai,
        boolean predefinedLength,
        boolean dataAttribute,
        List<AiComponent> components,
        List<List<List<String>>> requires,
        List<String> excludes,
        List<List<String>> qualifierAlternatives,
        String title,
        boolean unknown) {

    boolean isPrimaryKey() {
        return !qualifierAlternatives.isEmpty();
    }

    boolean fnc1Required() {
        return !predefinedLength;
    }

    int minLength() {
        return components.stream().filter(c -> !c.optional()).mapToInt(AiComponent::min).sum();
    }

    int maxLength() {
        return components.stream().mapToInt(AiComponent::max).sum();
    }

    /** A stand-in for an AI the dictionary lacks; its value is any set-82 text of its length. */
    static AiDefinition unknown(String ai, int fixedValueLength) {
        AiComponent component =
                fixedValueLength > 0
                        ? AiComponent.parse("X" + fixedValueLength)
                        : AiComponent.parse("X..90");
        return new AiDefinition(
                ai,
                fixedValueLength > 0,
                false,
                List.of(component),
                List.of(),
                List.of(),
                List.of(),
                "UNKNOWN",
                true);
    }
}
