package vn.ocop.traceability.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.List;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.BatchContent;
import vn.ocop.traceability.domain.LabResult;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.ProcessStep;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.domain.RawMaterialInput;
import vn.ocop.traceability.domain.Recall;
import vn.ocop.traceability.domain.RetainedSample;
import vn.ocop.traceability.domain.StepKind;
import vn.ocop.traceability.domain.SupplierCertificate;

/** Batch aggregate ↔ {@link BatchRow}, the value objects going through {@link BatchDetailsJson}. */
final class BatchMapping {

    static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BatchMapping() {}

    static BatchRow toRow(Batch batch) {
        Recall recall = batch.recall().orElse(null);
        return new BatchRow(
                batch.id(),
                batch.gtin(),
                batch.lot(),
                batch.productId(),
                batch.variantSku(),
                batch.producerId(),
                batch.productionDate(),
                batch.expiryDate(),
                batch.bestBeforeDate(),
                batch.quantity(),
                batch.unit().name(),
                batch.content().productionSite(),
                write(details(batch.content())),
                batch.registeredAt(),
                batch.registeredBy(),
                recall == null ? null : recall.at(),
                recall == null ? null : recall.by(),
                recall == null ? null : recall.byRole(),
                recall == null ? null : recall.reason());
    }

    static Batch toBatch(BatchRow row) {
        BatchDetailsJson details = read(row.details());
        BatchContent content =
                new BatchContent(
                        row.gtin(),
                        row.lot(),
                        row.productionDate(),
                        row.expiryDate(),
                        row.bestBeforeDate(),
                        plain(row.quantity()),
                        QuantityUnit.valueOf(row.unit()),
                        row.productionSite(),
                        list(details.inputs()).stream().map(BatchMapping::input).toList(),
                        list(details.steps()).stream().map(BatchMapping::step).toList(),
                        list(details.labTests()).stream().map(BatchMapping::test).toList(),
                        sample(details.retainedSample()));
        Recall recall =
                row.recalledAt() == null
                        ? null
                        : new Recall(
                                row.recallReason(),
                                row.recalledAt(),
                                row.recalledBy(),
                                row.recalledByRole());
        return Batch.restore(
                row.id(),
                content,
                row.productId(),
                row.variantSku(),
                row.producerId(),
                row.registeredAt(),
                row.registeredBy(),
                recall);
    }

    /** {@code numeric(16,3)} reads back as 1200.000; the batch was registered as 1200. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BatchDetailsJson details(BatchContent c) {
        return new BatchDetailsJson(
                c.inputs().stream()
                        .map(
                                i ->
                                        new BatchDetailsJson.Input(
                                                i.material(),
                                                i.originProvince(),
                                                i.originCommune(),
                                                i.farm(),
                                                i.supplier(),
                                                i.supplierLot(),
                                                i.quantity(),
                                                i.unit(),
                                                i.certificates().stream()
                                                        .map(
                                                                x ->
                                                                        new BatchDetailsJson
                                                                                .Certificate(
                                                                                x.scheme(),
                                                                                x.number(),
                                                                                x.issuer(),
                                                                                x.validFrom(),
                                                                                x.validUntil()))
                                                        .toList()))
                        .toList(),
                c.steps().stream()
                        .map(
                                s ->
                                        new BatchDetailsJson.Step(
                                                s.kind().name(), s.date(), s.place(), s.note()))
                        .toList(),
                c.labTests().stream()
                        .map(
                                t ->
                                        new BatchDetailsJson.Test(
                                                t.lab(),
                                                t.reportNumber(),
                                                t.date(),
                                                t.results().stream()
                                                        .map(
                                                                r ->
                                                                        new BatchDetailsJson.Result(
                                                                                r.name(), r.value(),
                                                                                r.text(), r.unit()))
                                                        .toList()))
                        .toList(),
                c.retainedSample() == null
                        ? null
                        : new BatchDetailsJson.Sample(
                                c.retainedSample().sampleId(),
                                c.retainedSample().place(),
                                c.retainedSample().until()));
    }

    private static RawMaterialInput input(BatchDetailsJson.Input i) {
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

    private static ProcessStep step(BatchDetailsJson.Step s) {
        return new ProcessStep(StepKind.valueOf(s.kind()), s.date(), s.place(), s.note());
    }

    private static LabTest test(BatchDetailsJson.Test t) {
        return new LabTest(
                t.lab(),
                t.reportNumber(),
                t.date(),
                list(t.results()).stream()
                        .map(r -> new LabResult(r.name(), r.value(), r.text(), r.unit()))
                        .toList());
    }

    private static RetainedSample sample(BatchDetailsJson.Sample s) {
        return s == null ? null : new RetainedSample(s.sampleId(), s.place(), s.until());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String write(BatchDetailsJson details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Batch details not writable as JSON", e);
        }
    }

    static BatchDetailsJson read(String json) {
        try {
            return JSON.readValue(json, BatchDetailsJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored batch details are not readable: " + json, e);
        }
    }
}
