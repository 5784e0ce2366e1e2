package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.kernel.FieldViolation;

/**
 * Where a product comes from: a province (by code), a commune (xã or phường, free text because
 * communes were merged and renamed in 2025 too) and optionally a village (thôn, bản, ấp). Records
 * dated before 1 July 2025 may also name the district (huyện), a level of government that no longer
 * exists. A product may come from several communes, so a product holds a list of origins.
 */
@Serdeable
public record Origin(
        @Nullable String provinceCode,
        @Nullable String commune,
        @Nullable String village,
        @Nullable String historicalDistrict) {

    public static final int MAX_NAME_LENGTH = 100;

    /** The same origin with text trimmed, the code in lower case and blank parts as null. */
    public Origin normalised() {
        String code = clean(provinceCode);
        return new Origin(
                code == null ? null : code.toLowerCase(Locale.ROOT),
                clean(commune),
                clean(village),
                clean(historicalDistrict));
    }

    /**
     * What is wrong with this origin, province existence aside (the caller knows the provinces).
     *
     * @param path where the origin sits in the request, e.g. {@code origins[0]}
     */
    public List<FieldViolation> violations(String path) {
        Origin o = normalised();
        List<FieldViolation> violations = new ArrayList<>();
        if (o.provinceCode == null) {
            violations.add(ReferenceDataError.ORIGIN_PROVINCE_REQUIRED.at(path + ".provinceCode"));
        }
        if (o.commune == null) {
            violations.add(ReferenceDataError.ORIGIN_COMMUNE_REQUIRED.at(path + ".commune"));
        }
        tooLong(o.commune, path + ".commune", violations);
        tooLong(o.village, path + ".village", violations);
        tooLong(o.historicalDistrict, path + ".historicalDistrict", violations);
        return violations;
    }

    private static void tooLong(String value, String field, List<FieldViolation> violations) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            violations.add(ReferenceDataError.ORIGIN_TEXT_TOO_LONG.at(field));
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
