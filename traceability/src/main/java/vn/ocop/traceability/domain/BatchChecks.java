package vn.ocop.traceability.domain;

import static vn.ocop.traceability.api.TraceabilityError.CERTIFICATE_NOT_VALID;
import static vn.ocop.traceability.api.TraceabilityError.CERTIFICATE_PERIOD_INVERTED;
import static vn.ocop.traceability.api.TraceabilityError.END_DATE_REQUIRED;
import static vn.ocop.traceability.api.TraceabilityError.END_DATE_TOO_EARLY;
import static vn.ocop.traceability.api.TraceabilityError.HARVEST_AFTER_PRODUCTION;
import static vn.ocop.traceability.api.TraceabilityError.INVALID_GTIN;
import static vn.ocop.traceability.api.TraceabilityError.INVALID_LOT;
import static vn.ocop.traceability.api.TraceabilityError.PACKING_BEFORE_PRODUCTION;
import static vn.ocop.traceability.api.TraceabilityError.PROCESSING_OUT_OF_ORDER;
import static vn.ocop.traceability.api.TraceabilityError.RESULT_VALUE_REQUIRED;
import static vn.ocop.traceability.api.TraceabilityError.SAMPLE_KEPT_TOO_SHORT;
import static vn.ocop.traceability.api.TraceabilityError.TEST_BEFORE_PRODUCTION;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules a batch record must keep. Dates run harvest ≤ production ≤ packing ≤ expiry and
 * best-before; processing lies between the harvests and the packings; nothing that happened lies
 * after today; a supplier's certificate covers every harvest day (or the production day when no
 * harvest is recorded). Field names are those of the registration request.
 */
final class BatchChecks {
    private BatchChecks() {}

    static void check(BatchContent c, LocalDate today, Violations v) {
        if (v.required(c.gtin(), "gtin") && Gtin.normalize(c.gtin()).isEmpty()) {
            v.add(INVALID_GTIN, "gtin");
        }
        if (v.required(c.lot(), "lot") && !LotCode.isValid(c.lot())) {
            v.add(INVALID_LOT, "lot");
        }
        LocalDate production =
                v.pastDay(c.productionDate(), today, "productionDate") ? c.productionDate() : null;
        if (v.required(c.quantity(), "quantity")) {
            v.positive(c.quantity(), "quantity");
        }
        v.required(c.unit(), "unit");
        v.text(c.productionSite(), 300, true, "productionSite");
        steps(c, today, production, v);
        endDates(c, production, v);
        inputs(c, production, v);
        labTests(c, today, production, v);
        sample(c.retainedSample(), production, v);
    }

    private static void steps(BatchContent c, LocalDate today, LocalDate production, Violations v) {
        v.atMost(c.steps(), 50, "steps");
        List<LocalDate> harvests = c.datesOf(StepKind.HARVEST);
        List<LocalDate> packings = c.datesOf(StepKind.PACKING);
        for (int i = 0; i < c.steps().size(); i++) {
            ProcessStep step = c.steps().get(i);
            String at = "steps[" + i + "].";
            v.required(step.kind(), at + "kind");
            v.text(step.place(), 300, false, at + "place");
            v.text(step.note(), 1000, false, at + "note");
            if (!v.pastDay(step.date(), today, at + "date") || step.kind() == null) {
                continue;
            }
            LocalDate day = step.date();
            switch (step.kind()) {
                case HARVEST -> {
                    if (production != null && day.isAfter(production)) {
                        v.add(HARVEST_AFTER_PRODUCTION, at + "date");
                    }
                }
                case PROCESSING -> {
                    if (harvests.stream().anyMatch(day::isBefore)
                            || packings.stream().anyMatch(day::isAfter)) {
                        v.add(PROCESSING_OUT_OF_ORDER, at + "date");
                    }
                }
                case PACKING -> {
                    if (production != null && day.isBefore(production)) {
                        v.add(PACKING_BEFORE_PRODUCTION, at + "date");
                    }
                }
            }
        }
    }

    private static void endDates(BatchContent c, LocalDate production, Violations v) {
        if (c.expiryDate() == null && c.bestBeforeDate() == null) {
            v.add(END_DATE_REQUIRED, "expiryDate");
            return;
        }
        List<LocalDate> packings = c.datesOf(StepKind.PACKING);
        endDate(c.expiryDate(), "expiryDate", production, packings, v);
        endDate(c.bestBeforeDate(), "bestBeforeDate", production, packings, v);
    }

    private static void endDate(
            LocalDate end,
            String field,
            LocalDate production,
            List<LocalDate> packings,
            Violations v) {
        if (end == null) {
            return;
        }
        if ((production != null && end.isBefore(production))
                || packings.stream().anyMatch(end::isBefore)) {
            v.add(END_DATE_TOO_EARLY, field);
        }
    }

    private static void inputs(BatchContent c, LocalDate production, Violations v) {
        v.atMost(c.inputs(), 50, "inputs");
        List<LocalDate> harvests = c.datesOf(StepKind.HARVEST);
        List<LocalDate> covered =
                !harvests.isEmpty()
                        ? harvests
                        : production == null ? List.of() : List.of(production);
        for (int i = 0; i < c.inputs().size(); i++) {
            RawMaterialInput input = c.inputs().get(i);
            String at = "inputs[" + i + "].";
            v.text(input.material(), 200, true, at + "material");
            v.text(input.originProvince(), 100, true, at + "originProvince");
            v.text(input.originCommune(), 100, false, at + "originCommune");
            v.text(input.farm(), 200, false, at + "farm");
            v.text(input.supplier(), 200, false, at + "supplier");
            v.text(input.supplierLot(), 100, false, at + "supplierLot");
            v.text(input.unit(), 30, false, at + "unit");
            v.positive(input.quantity(), at + "quantity");
            v.atMost(input.certificates(), 10, at + "certificates");
            for (int j = 0; j < input.certificates().size(); j++) {
                certificate(
                        input.certificates().get(j), covered, at + "certificates[" + j + "].", v);
            }
        }
    }

    private static void certificate(
            SupplierCertificate certificate, List<LocalDate> covered, String at, Violations v) {
        v.text(certificate.scheme(), 50, true, at + "scheme");
        v.text(certificate.number(), 100, false, at + "number");
        v.text(certificate.issuer(), 200, false, at + "issuer");
        boolean from = v.required(certificate.validFrom(), at + "validFrom");
        boolean until = v.required(certificate.validUntil(), at + "validUntil");
        if (!from || !until) {
            return;
        }
        if (certificate.validFrom().isAfter(certificate.validUntil())) {
            v.add(CERTIFICATE_PERIOD_INVERTED, at + "validUntil");
        } else if (covered.stream().anyMatch(d -> d.isBefore(certificate.validFrom()))) {
            v.add(CERTIFICATE_NOT_VALID, at + "validFrom");
        } else if (covered.stream().anyMatch(d -> d.isAfter(certificate.validUntil()))) {
            v.add(CERTIFICATE_NOT_VALID, at + "validUntil");
        }
    }

    /** The lab test rules alone, for a report added to a registered batch. */
    static void labTestsOnly(BatchContent c, LocalDate today, Violations v) {
        labTests(c, today, c.productionDate(), v);
    }

    private static void labTests(
            BatchContent c, LocalDate today, LocalDate production, Violations v) {
        v.atMost(c.labTests(), 20, "labTests");
        for (int i = 0; i < c.labTests().size(); i++) {
            LabTest test = c.labTests().get(i);
            String at = "labTests[" + i + "].";
            v.text(test.lab(), 200, true, at + "lab");
            v.text(test.reportNumber(), 100, true, at + "reportNumber");
            if (v.pastDay(test.date(), today, at + "date")
                    && production != null
                    && test.date().isBefore(production)) {
                v.add(TEST_BEFORE_PRODUCTION, at + "date");
            }
            if (test.results().isEmpty()) {
                v.required(null, at + "results");
            }
            v.atMost(test.results(), 100, at + "results");
            for (int j = 0; j < test.results().size(); j++) {
                LabResult result = test.results().get(j);
                String r = at + "results[" + j + "].";
                v.text(result.name(), 200, true, r + "name");
                v.text(result.text(), 500, false, r + "text");
                v.text(result.unit(), 30, false, r + "unit");
                if (result.value() == null && result.text() == null) {
                    v.add(RESULT_VALUE_REQUIRED, r + "value");
                }
            }
        }
    }

    private static void sample(RetainedSample sample, LocalDate production, Violations v) {
        if (sample == null) {
            return;
        }
        v.text(sample.sampleId(), 100, true, "retainedSample.sampleId");
        v.text(sample.place(), 300, true, "retainedSample.place");
        if (v.required(sample.until(), "retainedSample.until")
                && production != null
                && sample.until().isBefore(production)) {
            v.add(SAMPLE_KEPT_TOO_SHORT, "retainedSample.until");
        }
    }
}
