package vn.ocop.traceability.application;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The scan page's words in Vietnamese or English, from {@code i18n/traceability_*.properties}. */
final class PageTexts {

    static final List<String> LABELS =
            List.of(
                    "product",
                    "producer",
                    "address",
                    "origin",
                    "productionDate",
                    "expiryDate",
                    "bestBeforeDate",
                    "lot",
                    "serial",
                    "certificate",
                    "validUntil",
                    "labTests",
                    "timeline",
                    "recall");

    private final ResourceBundle bundle;
    private final Locale locale;

    private PageTexts(Locale locale) {
        this.locale = locale;
        this.bundle =
                ResourceBundle.getBundle(
                        "i18n.traceability",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when asked for, else Vietnamese. */
    static PageTexts of(Locale requested) {
        boolean english = requested != null && "en".equals(requested.getLanguage());
        return new PageTexts(english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    String language() {
        return locale.getLanguage();
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString("page." + key);
        } catch (MissingResourceException e) {
            return null;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : LABELS) {
            labels.put(key, text("label." + key));
        }
        return labels;
    }
}
