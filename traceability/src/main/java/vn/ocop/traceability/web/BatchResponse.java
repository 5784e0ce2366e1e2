package vn.ocop.traceability.web;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.ProcessStep;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.domain.RawMaterialInput;
import vn.ocop.traceability.domain.Recall;
import vn.ocop.traceability.domain.RetainedSample;

/** A batch with its whole record, as its producer and the office see it. */
@Serdeable
record BatchResponse(
        UUID id,
        String gtin,
        String lot,
        String digitalLink,
        UUID productId,
        String variantSku,
        UUID producerId,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        BigDecimal quantity,
        QuantityUnit unit,
        String productionSite,
        List<RawMaterialInput> inputs,
        List<ProcessStep> steps,
        List<LabTest> labTests,
        RetainedSample retainedSample,
        Instant registeredAt,
        UUID registeredBy,
        boolean recalled,
        Recall recall) {

    static BatchResponse of(Batch batch, String digitalLink) {
        return new BatchResponse(
                batch.id(),
                batch.gtin(),
                batch.lot(),
                digitalLink,
                batch.productId(),
                batch.variantSku(),
                batch.producerId(),
                batch.productionDate(),
                batch.expiryDate(),
                batch.bestBeforeDate(),
                batch.quantity(),
                batch.unit(),
                batch.content().productionSite(),
                batch.inputs(),
                batch.steps(),
                batch.labTests(),
                batch.content().retainedSample(),
                batch.registeredAt(),
                batch.registeredBy(),
                batch.isRecalled(),
                batch.recall().orElse(null));
    }
}
