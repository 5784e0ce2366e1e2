package vn.ocop.traceability.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored shape of {@code batches.details}. It is separate from the domain records on purpose:
 * renaming a domain field must not silently change (or orphan) the JSON of rows already written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchDetailsJson(
        List<Input> inputs, List<Step> steps, List<Test> labTests, Sample retainedSample) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Input(
            String material,
            String originProvince,
            String originCommune,
            String farm,
            String supplier,
            String supplierLot,
            BigDecimal quantity,
            String unit,
            List<Certificate> certificates) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Certificate(
            String scheme,
            String number,
            String issuer,
            LocalDate validFrom,
            LocalDate validUntil) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(String kind, LocalDate date, String place, String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Test(String lab, String reportNumber, LocalDate date, List<Result> results) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String name, BigDecimal value, String text, String unit) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sample(String sampleId, String place, LocalDate until) {}
}
