package vn.ocop.storefront.web;

import io.micronaut.context.MessageSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a page template needs besides its own data: the language and its messages, the CSRF
 * token for forms, who is logged in, and the current path with its query (for the language switch).
 */
public record PageContext(
        Locale locale,
        MessageSource messages,
        String csrfToken,
        String userName,
        String role,
        String path) {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String lang() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public boolean loggedIn() {
        return userName != null;
    }

    /** Whether the logged-in account has this role (a {@code Role.Names} constant). */
    public boolean hasRole(String name) {
        return name.equals(role);
    }

    /** The message for a key in the page's language; a missing key shows itself, loudly. */
    public String t(String key) {
        return messages.getMessage(key, locale).orElse("??" + key + "??");
    }

    public String t(String key, Map<String, Object> variables) {
        return messages.getMessage(key, locale, variables).orElse("??" + key + "??");
    }

    /** The current path and query, URL-encoded: where the language switch comes back to. */
    public String returnTo() {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** A date the Vietnamese way, also in English: 31/12/2026. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A decimal number in the page's language: 83,5 in Vietnamese, 83.5 in English. */
    public String decimal(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(isEnglish() ? Locale.ENGLISH : VI);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** VND the way Vietnamese shoppers read it: 120.000 ₫. */
    public String vnd(long amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        return format.format(amount) + " ₫";
    }
}
