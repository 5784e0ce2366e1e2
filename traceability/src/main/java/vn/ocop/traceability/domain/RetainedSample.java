package vn.ocop.traceability.domain;

import java.time.LocalDate;

/** The sample kept back from the batch (mẫu lưu): its label, where it is kept and until when. */
public record RetainedSample(String sampleId, String place, LocalDate until) {
    public RetainedSample {
        sampleId = Texts.clean(sampleId);
        place = Texts.clean(place);
    }
}
