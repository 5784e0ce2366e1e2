package vn.ocop.storefront.web;

import io.micronaut.context.MessageSource;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a page template needs besides its own data: the language and its messages, the CSRF
 * token for forms, who is logged in, and the current path (for the language switch).
 */
public record PageContext(
        Locale locale,
        MessageSource messages,
        String csrfToken,
        String userName,
        String role,
        String path) {

    public String lang() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public boolean loggedIn() {
        return userName != null;
    }

    /** The message for a key in the page's language; a missing key shows itself, loudly. */
    public String t(String key) {
        return messages.getMessage(key, locale).orElse("??" + key + "??");
    }

    public String t(String key, Map<String, Object> variables) {
        return messages.getMessage(key, locale, variables).orElse("??" + key + "??");
    }

    /** VND the way Vietnamese shoppers read it: 120.000 ₫. */
    public String vnd(long amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        return format.format(amount) + " ₫";
    }
}
