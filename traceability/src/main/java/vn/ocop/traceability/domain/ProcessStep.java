package vn.ocop.traceability.domain;

import java.time.LocalDate;

/** One step of the batch's production, on a day, optionally where and with a note. */
public record ProcessStep(StepKind kind, LocalDate date, String place, String note) {
    public ProcessStep {
        place = Texts.clean(place);
        note = Texts.clean(note);
    }
}
