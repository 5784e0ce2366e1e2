package vn.ocop.traceability.digitallink;

import java.util.List;

/**
 * Checks of AI values against the dictionary: first length and the FNC1 stand-in {@code ^} (as the
 * reference engine does while parsing), then each component with its character set and content
 * checks, and finally the pairing rules ({@code req}, {@code ex}) over all AIs of one code.
 */
final class AiValues {

    private AiValues() {}

    /** An AI of some data with its definition. */
    record Resolved(AiDefinition definition, String value) {
        String ai() {
            return definition.ai();
        }

        AiElement element() {
            return new AiElement(definition.ai(), value);
        }
    }

    static void checkLength(AiDefinition definition, String value) {
        String ai = definition.ai();
        if (value.isEmpty()) {
            throw fail(DigitalLinkError.EMPTY_VALUE, ai, "value is empty");
        }
        if (value.length() < definition.minLength()) {
            if (ai.equals("01") && Linter.allDigits(value) && isShortGtinLength(value.length())) {
                throw fail(
                        DigitalLinkError.ZERO_SUPPRESSED_GTIN,
                        ai,
                        "GTIN-" + value.length() + " must be written as 14 digits");
            }
            throw fail(
                    DigitalLinkError.VALUE_TOO_SHORT,
                    ai,
                    "value has "
                            + value.length()
                            + " characters, at least "
                            + definition.minLength()
                            + " are needed");
        }
        if (value.length() > definition.maxLength()) {
            throw fail(
                    DigitalLinkError.VALUE_TOO_LONG,
                    ai,
                    "value has "
                            + value.length()
                            + " characters, at most "
                            + definition.maxLength()
                            + " are allowed");
        }
        if (value.indexOf('^') >= 0) {
            throw fail(
                    DigitalLinkError.INVALID_CHARACTER, ai, "'^' is not in GS1 character set 82");
        }
    }

    static boolean isShortGtinLength(int length) {
        return length == 8 || length == 12 || length == 13;
    }

    /** Applies each component in turn, as the syntax dictionary prescribes. */
    static void checkComponents(AiDefinition definition, String value) {
        int position = 0;
        for (AiComponent component : definition.components()) {
            int length = Math.min(value.length() - position, component.max());
            if (component.optional() && length == 0) {
                continue;
            }
            if (length < component.min()) {
                throw fail(DigitalLinkError.VALUE_TOO_SHORT, definition.ai(), "value is too short");
            }
            String part = value.substring(position, position + length);
            for (Linter linter : component.linters()) {
                String problem = linter.check().apply(part);
                if (problem != null) {
                    throw fail(linter.reason(), definition.ai(), problem);
                }
            }
            position += length;
        }
        if (position < value.length()) {
            throw fail(DigitalLinkError.VALUE_TOO_LONG, definition.ai(), "value is too long");
        }
    }

    static void check(AiDefinition definition, String value) {
        checkLength(definition, value);
        checkComponents(definition, value);
    }

    /** Repeated AIs must agree; every {@code req=} must be met and no {@code ex=} AI present. */
    static void checkAssociations(List<Resolved> data) {
        for (int i = 0; i < data.size(); i++) {
            Resolved r = data.get(i);
            for (int j = i + 1; j < data.size(); j++) {
                Resolved other = data.get(j);
                if (other.ai().equals(r.ai()) && !other.value().equals(r.value())) {
                    throw fail(
                            DigitalLinkError.DUPLICATE_AI, r.ai(), "occurs with different values");
                }
            }
            for (String pattern : r.definition().excludes()) {
                for (Resolved other : data) {
                    if (!other.ai().equals(r.ai()) && matches(pattern, other.ai())) {
                        throw fail(
                                DigitalLinkError.INVALID_ASSOCIATION,
                                r.ai(),
                                "may not be paired with AI (" + other.ai() + ")");
                    }
                }
            }
            for (List<List<String>> alternatives : r.definition().requires()) {
                boolean met =
                        alternatives.stream()
                                .anyMatch(all -> all.stream().allMatch(p -> present(p, data, r)));
                if (!met) {
                    throw fail(
                            DigitalLinkError.INVALID_ASSOCIATION,
                            r.ai(),
                            "requires one of " + describe(alternatives));
                }
            }
        }
    }

    private static boolean present(String pattern, List<Resolved> data, Resolved self) {
        return data.stream()
                .anyMatch(other -> !other.ai().equals(self.ai()) && matches(pattern, other.ai()));
    }

    /** {@code n} in a pattern stands for any digit: {@code 31nn} matches {@code 3103}. */
    static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != ai.charAt(i) && !(p == 'n' && Linter.allDigits(ai.substring(i, i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<List<String>> alternatives) {
        return String.join(
                ", ",
                alternatives.stream().map(all -> "(" + String.join(")+(", all) + ")").toList());
    }

    static DigitalLinkException fail(DigitalLinkError reason, String ai, String problem) {
        return new DigitalLinkException(reason, "AI (" + ai + "): " + problem);
    }
}
