package vn.ocop.catalog.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The allowed values of an enumerated column, found by their code, their Vietnamese or English
 * label ({@code import.value.<name>.<CODE>}) or a common abbreviation, compared without diacritics
 * and punctuation.
 */
final class Choices<E extends Enum<E>> {

    private final String name;
    private final Map<String, E> byName = new HashMap<>();
    private final String allowed;

    Choices(String name, Class<E> type, ImportMessages messages, Map<String, E> abbreviations) {
        this.name = name;
        StringJoiner labels = new StringJoiner(", ");
        for (E value : type.getEnumConstants()) {
            byName.put(HeaderMap.normalise(value.name()), value);
            for (var locale : new java.util.Locale[] {ImportMessages.VI, ImportMessages.EN}) {
                messages.label(key(value), locale)
                        .ifPresent(label -> byName.putIfAbsent(HeaderMap.normalise(label), value));
            }
            labels.add(messages.label(key(value), ImportMessages.VI).orElse(value.name()));
        }
        abbreviations.forEach(
                (text, value) -> byName.putIfAbsent(HeaderMap.normalise(text), value));
        this.allowed = labels.toString();
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byName.get(HeaderMap.normalise(text)));
    }

    /** The Vietnamese labels, for the message that lists what is allowed. */
    String allowed() {
        return allowed;
    }

    String key(E value) {
        return "import.value." + name + "." + value.name();
    }
}
