package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * One of the 3,321 commune-level units in force since 1 July 2025. {@code code} is the five-digit
 * national code ("00070" for Phường Hoàn Kiếm); {@code nameVi} the official name with its kind
 * ("Phường Hoàn Kiếm"); {@code provinceCode} the slug of its province ("ha-noi").
 */
@Serdeable
public record CommuneView(
        String code, String nameVi, String nameEn, CommuneKind kind, String provinceCode) {

    /** The name in the given language; Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
