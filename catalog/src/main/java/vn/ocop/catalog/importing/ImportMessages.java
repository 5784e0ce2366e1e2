package vn.ocop.catalog.importing;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The import's texts in both languages at once: a report is read by the office in Vietnamese and by
 * a partner in English, whatever the language of the request that started it.
 */
@Singleton
class ImportMessages {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;

    /** A text in Vietnamese and English. */
    record Text(String vi, String en) {}

    private final MessageSource messages;

    ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A column's header in one language ({@code import.column.<key>}). */
    String column(String key, Locale locale) {
        return messages.getMessage("import.column." + key, locale).orElse(key);
    }

    /** Every name a column's header may have: its two labels, then its aliases. */
    List<String> columnNames(Column column) {
        List<String> names = new ArrayList<>();
        names.add(column(column.key(), VI));
        names.add(column(column.key(), EN));
        names.add(column.key());
        names.addAll(column.aliases());
        return names;
    }

    /** A value's label, e.g. {@code import.value.level.PROVINCE}. */
    Optional<String> label(String key, Locale locale) {
        return messages.getMessage(key, locale);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, locale).orElse(key);
    }

    /**
     * The message for a refusal code: the import's own wording ({@code import.violation.<code>}) if
     * any, else what the API says for it ({@code violation.<code>}, then the problem title), else
     * the fallback.
     */
    Text problem(String code, Map<String, Object> variables, String fallback) {
        return new Text(
                problem(code, variables, fallback, VI), problem(code, variables, fallback, EN));
    }

    /**
     * A bean-validation refusal: the import's wording ({@code
     * import.violation.platform.constraint.<Name>}) or the platform's ({@code constraint.<Name>}),
     * filled with the constraint's attributes ({min}, {max}, {value}).
     */
    Text constraint(String constraint, Map<String, Object> attributes, String fallback) {
        return new Text(
                constraint(constraint, attributes, fallback, VI),
                constraint(constraint, attributes, fallback, EN));
    }

    private String constraint(
            String constraint, Map<String, Object> attributes, String fallback, Locale locale) {
        return messages.getMessage(
                        "import.violation.platform.constraint." + constraint, locale, attributes)
                .or(() -> messages.getMessage("constraint." + constraint, locale, attributes))
                .orElse(fallback);
    }

    private String problem(
            String code, Map<String, Object> variables, String fallback, Locale locale) {
        for (String key :
                List.of(
                        "import.violation." + code,
                        "violation." + code,
                        "problem." + code + ".title")) {
            Optional<String> message = messages.getMessage(key, locale, variables);
            if (message.isPresent()) {
                return message.get();
            }
        }
        return fallback;
    }
}
