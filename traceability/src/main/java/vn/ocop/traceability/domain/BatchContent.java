package vn.ocop.traceability.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a producer records about a batch when registering it (hồ sơ lô sản phẩm). It is only data:
 * {@link Batch#register} refuses content that breaks the rules in {@link BatchChecks}.
 */
public record BatchContent(
        String gtin,
        String lot,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        BigDecimal quantity,
        QuantityUnit unit,
        String productionSite,
        List<RawMaterialInput> inputs,
        List<ProcessStep> steps,
        List<LabTest> labTests,
        RetainedSample retainedSample) {
    public BatchContent {
        gtin = Texts.clean(gtin);
        lot = lot == null ? null : lot.strip();
        productionSite = Texts.clean(productionSite);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        steps = steps == null ? List.of() : List.copyOf(steps);
        labTests = labTests == null ? List.of() : List.copyOf(labTests);
    }

    BatchContent withGtin(String normalized) {
        return new BatchContent(
                normalized,
                lot,
                productionDate,
                expiryDate,
                bestBeforeDate,
                quantity,
                unit,
                productionSite,
                inputs,
                steps,
                labTests,
                retainedSample);
    }

    List<LocalDate> datesOf(StepKind kind) {
        return steps.stream()
                .filter(s -> s.kind() == kind && s.date() != null)
                .map(ProcessStep::date)
                .toList();
    }
}
