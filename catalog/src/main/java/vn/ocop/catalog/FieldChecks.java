package vn.ocop.catalog;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.kernel.FieldViolation;

/**
 * Collects the refused fields of one request so that the client learns all of them at once, then
 * throws one {@link vn.ocop.kernel.DomainException} (422 problem naming each field).
 */
public final class FieldChecks {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** The trimmed text, or null after recording it as missing or too long. */
    public String requiredText(
            String field,
            String value,
            int maxLength,
            ReferenceDataError missing,
            ReferenceDataError tooLong) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            refuse(missing, field);
            return null;
        }
        if (text.length() > maxLength) {
            refuse(tooLong, field);
            return null;
        }
        return text;
    }

    public void refuse(ReferenceDataError error, String field) {
        violations.add(error.at(field));
    }

    public void refuseIf(boolean refused, ReferenceDataError error, String field) {
        if (refused) {
            refuse(error, field);
        }
    }

    /** Throws when anything was refused. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ReferenceDataError.refusal(violations);
        }
    }
}
