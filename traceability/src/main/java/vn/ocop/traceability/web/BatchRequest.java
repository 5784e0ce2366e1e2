package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.BatchContent;
import vn.ocop.traceability.domain.LabResult;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.ProcessStep;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.domain.RawMaterialInput;
import vn.ocop.traceability.domain.RetainedSample;
import vn.ocop.traceability.domain.StepKind;
import vn.ocop.traceability.domain.SupplierCertificate;

/**
 * A batch registration as the client sends it. Every field may be missing here: the batch's own
 * rules decide what is required, so that all refused fields are named in one 422.
 */
@Serdeable
record BatchRequest(
        @Nullable String gtin,
        @Nullable String lot,
        @Nullable LocalDate productionDate,
        @Nullable LocalDate expiryDate,
        @Nullable LocalDate bestBeforeDate,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable String productionSite,
        @Nullable UUID producerId,
        @Nullable List<Input> inputs,
        @Nullable List<Step> steps,
        @Nullable List<Test> labTests,
        @Nullable Sample retainedSample) {

    @Serdeable
    record Input(
            @Nullable String material,
            @Nullable String originProvince,
            @Nullable String originCommune,
            @Nullable String farm,
            @Nullable String supplier,
            @Nullable String supplierLot,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable List<Certificate> certificates) {}

    @Serdeable
    record Certificate(
            @Nullable String scheme,
            @Nullable String number,
            @Nullable String issuer,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil) {}

    @Serdeable
    record Step(
            @Nullable String kind,
            @Nullable LocalDate date,
            @Nullable String place,
            @Nullable String note) {}

    @Serdeable
    record Test(
            @Nullable String lab,
            @Nullable String reportNumber,
            @Nullable LocalDate date,
            @Nullable List<Result> results) {}

    @Serdeable
    record Result(
            @Nullable String name,
            @Nullable BigDecimal value,
            @Nullable String text,
            @Nullable String unit) {}

    @Serdeable
    record Sample(@Nullable String sampleId, @Nullable String place, @Nullable LocalDate until) {}

    /**
     * The domain's view of the request; a unit or step kind outside the lists is refused here,
     * naming its field, since the domain only knows the listed ones.
     */
    BatchContent content() {
        List<FieldViolation> unknown = new ArrayList<>();
        QuantityUnit quantityUnit = QuantityUnit.parse(unit).orElse(null);
        if (unit != null && quantityUnit == null) {
            unknown.add(TraceabilityError.UNKNOWN_UNIT.at("unit"));
        }
        List<ProcessStep> processSteps = new ArrayList<>();
        List<Step> given = list(steps);
        for (int i = 0; i < given.size(); i++) {
            Step s = given.get(i);
            StepKind stepKind = stepKind(s.kind());
            if (s.kind() != null && stepKind == null) {
                unknown.add(TraceabilityError.UNKNOWN_STEP.at("steps[" + i + "].kind"));
            }
            processSteps.add(new ProcessStep(stepKind, s.date(), s.place(), s.note()));
        }
        if (!unknown.isEmpty()) {
            throw TraceabilityError.refusal(unknown);
        }
        return new BatchContent(
                gtin,
                lot,
                productionDate,
                expiryDate,
                bestBeforeDate,
                quantity,
                quantityUnit,
                productionSite,
                list(inputs).stream().map(BatchRequest::input).toList(),
                processSteps,
                list(labTests).stream().map(BatchRequest::test).toList(),
                retainedSample == null
                        ? null
                        : new RetainedSample(
                                retainedSample.sampleId(),
                                retainedSample.place(),
                                retainedSample.until()));
    }

    private static StepKind stepKind(String text) {
        for (StepKind kind : StepKind.values()) {
            if (text != null && kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        return null;
    }

    private static RawMaterialInput input(Input i) {
        return new RawMaterialInput(
                i.material(),
                i.originProvince(),
                i.originCommune(),
                i.farm(),
                i.supplier(),
                i.supplierLot(),
                i.quantity(),
                i.unit(),
                list(i.certificates()).stream()
                        .map(
                                c ->
                                        new SupplierCertificate(
                                                c.scheme(),
                                                c.number(),
                                                c.issuer(),
                                                c.validFrom(),
                                                c.validUntil()))
                        .toList());
    }

    private static LabTest test(Test t) {
        return new LabTest(
                t.lab(),
                t.reportNumber(),
                t.date(),
                list(t.results()).stream()
                        .map(r -> new LabResult(r.name(), r.value(), r.text(), r.unit()))
                        .toList());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
    }
}
