package vn.ocop.storefront.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.platform.web.api.CsrfForm;

/** The certificate entry form as posted; every field is text so that it can be shown again. */
@Serdeable
public record CertificateForm(
        @Nullable String csrfToken,
        @Nullable String roundYear,
        @Nullable String score,
        @Nullable String level,
        @Nullable String authority,
        @Nullable String decisionNumber,
        @Nullable String decisionDate,
        @Nullable String validityMonths)
        implements CsrfForm {

    static CertificateForm initial(LocalDate today, int validityMonths) {
        return new CertificateForm(
                null,
                Integer.toString(today.getYear()),
                "",
                EvaluationLevel.PROVINCE.name(),
                "",
                "",
                today.toString(),
                Integer.toString(validityMonths));
    }

    /** The errors of the form and, when there are none, the input to record. */
    record Checked(Map<String, String> errors, CertificateInput input) {}

    Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = integer(errors, "roundYear", roundYear, 2013, 2100);
        BigDecimal points = null;
        if (blank(score)) {
            errors.put("score", "moderation.error.required");
        } else {
            try {
                points = new BigDecimal(score.strip().replace(',', '.'));
                if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.put("score", "moderation.error.scoreRange");
                }
            } catch (NumberFormatException e) {
                errors.put("score", "moderation.error.scoreRange");
            }
        }
        EvaluationLevel evaluation = null;
        try {
            evaluation =
                    EvaluationLevel.valueOf(level == null ? "" : level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("level", "moderation.error.required");
        }
        text(errors, "authority", authority, 300);
        text(errors, "decisionNumber", decisionNumber, 80);
        LocalDate decided = null;
        if (blank(decisionDate)) {
            errors.put("decisionDate", "moderation.error.required");
        } else {
            try {
                decided = LocalDate.parse(decisionDate.strip());
            } catch (DateTimeParseException e) {
                errors.put("decisionDate", "moderation.error.date");
            }
        }
        Integer months = integer(errors, "validityMonths", validityMonths, 1, 120);
        if (!errors.isEmpty()) {
            return new Checked(errors, null);
        }
        return new Checked(
                errors,
                new CertificateInput(
                        year,
                        points,
                        evaluation,
                        authority.strip(),
                        decisionNumber.strip(),
                        decided,
                        decided,
                        decided.plusMonths(months)));
    }

    private static Integer integer(
            Map<String, String> errors, String field, String value, int min, int max) {
        if (blank(value)) {
            errors.put(field, "moderation.error.required");
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.put(field, "moderation.error.outOfRange");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, "moderation.error.outOfRange");
            return null;
        }
    }

    private static void text(Map<String, String> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.put(field, "moderation.error.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "moderation.error.tooLong");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
