package vn.ocop.traceability.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.traceability.api.TraceabilityError;

/** Collects every refused field of one request, so the client learns all of them at once. */
final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    void add(TraceabilityError error, String field) {
        found.add(error.at(field));
    }

    /** True when present; records {@code REQUIRED} otherwise. */
    boolean required(Object value, String field) {
        if (value == null) {
            add(TraceabilityError.REQUIRED, field);
            return false;
        }
        return true;
    }

    void text(String value, int maxLength, boolean required, String field) {
        if (required && !required(value, field)) {
            return;
        }
        if (value != null && value.length() > maxLength) {
            add(TraceabilityError.TOO_LONG, field);
        }
    }

    void positive(BigDecimal value, String field) {
        if (value != null && value.signum() <= 0) {
            add(TraceabilityError.NOT_POSITIVE, field);
        }
    }

    /** A day something happened: required, and not after today. */
    boolean pastDay(LocalDate day, LocalDate today, String field) {
        if (!required(day, field)) {
            return false;
        }
        if (day.isAfter(today)) {
            add(TraceabilityError.DATE_IN_FUTURE, field);
            return false;
        }
        return true;
    }

    void atMost(List<?> list, int max, String field) {
        if (list.size() > max) {
            add(TraceabilityError.TOO_LONG, field);
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw TraceabilityError.refusal(found);
        }
    }
}
