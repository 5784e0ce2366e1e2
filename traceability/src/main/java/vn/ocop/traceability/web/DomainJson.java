package vn.ocop.traceability.web;

import io.micronaut.serde.annotation.SerdeImport;
import vn.ocop.traceability.domain.LabResult;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.ProcessStep;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.domain.RawMaterialInput;
import vn.ocop.traceability.domain.Recall;
import vn.ocop.traceability.domain.RetainedSample;
import vn.ocop.traceability.domain.StepKind;
import vn.ocop.traceability.domain.SupplierCertificate;

/**
 * Lets responses show the batch's value objects as they are, without putting serialisation
 * annotations on the framework-free domain.
 */
@SerdeImport(RawMaterialInput.class)
@SerdeImport(SupplierCertificate.class)
@SerdeImport(ProcessStep.class)
@SerdeImport(StepKind.class)
@SerdeImport(LabTest.class)
@SerdeImport(LabResult.class)
@SerdeImport(RetainedSample.class)
@SerdeImport(Recall.class)
@SerdeImport(QuantityUnit.class)
final class DomainJson {
    private DomainJson() {}
}
