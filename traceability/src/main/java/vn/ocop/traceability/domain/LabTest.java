package vn.ocop.traceability.domain;

import java.time.LocalDate;
import java.util.List;

/** A lab's test report (phiếu kết quả kiểm nghiệm) on the finished batch. */
public record LabTest(String lab, String reportNumber, LocalDate date, List<LabResult> results) {
    public LabTest {
        lab = Texts.clean(lab);
        reportNumber = Texts.clean(reportNumber);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
