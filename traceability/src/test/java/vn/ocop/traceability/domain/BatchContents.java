package vn.ocop.traceability.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch records named for what they mean, relative to a "today": a fish-sauce batch whose anchovy
 * was caught 20 days ago under a valid VietGAP certificate, produced 10 days ago, packed 5 days
 * ago, tested 3 days ago, good for two years.
 */
public final class BatchContents {

    public static final String GTIN = "08935049500018";

    private BatchContents() {}

    public static Builder aFishSauceBatch(LocalDate today) {
        return new Builder(today);
    }

    public static final class Builder {
        private final LocalDate today;
        private String gtin = GTIN;
        private String lot = "NM-2025-001";
        private LocalDate production;
        private LocalDate expiry;
        private LocalDate bestBefore;
        private BigDecimal quantity = new BigDecimal("1200");
        private QuantityUnit unit = QuantityUnit.PIECE;
        private List<RawMaterialInput> inputs = new ArrayList<>();
        private List<ProcessStep> steps = new ArrayList<>();
        private List<LabTest> tests = new ArrayList<>();
        private RetainedSample sample;

        private Builder(LocalDate today) {
            this.today = today;
            production = today.minusDays(10);
            expiry = today.plusYears(2);
            inputs.add(anchovy(certificate(today.minusYears(1), today.plusYears(1))));
            steps.add(new ProcessStep(StepKind.HARVEST, today.minusDays(20), "Cát Hải", null));
            steps.add(
                    new ProcessStep(
                            StepKind.PROCESSING, today.minusDays(10), "Nhà thùng", "Ủ chượp"));
            steps.add(
                    new ProcessStep(StepKind.PACKING, today.minusDays(5), "Xưởng đóng chai", null));
            tests.add(
                    new LabTest(
                            "Trung tâm Kỹ thuật TĐC 1",
                            "KN-2025/123",
                            today.minusDays(3),
                            List.of(
                                    new LabResult("Độ đạm", new BigDecimal("40"), null, "g/l"),
                                    new LabResult(
                                            "Histamin", new BigDecimal("120.5"), null, "mg/kg"),
                                    new LabResult("Salmonella", null, "Không phát hiện", null))));
            sample = new RetainedSample("LM-001", "Kho mẫu HTX", today.plusYears(2));
        }

        public static RawMaterialInput anchovy(SupplierCertificate... certificates) {
            return new RawMaterialInput(
                    "Cá cơm than",
                    "Hải Phòng",
                    "Cát Hải",
                    "Tàu HP-90123-TS",
                    "Tổ hợp tác khai thác hải sản Cát Hải",
                    "CC-0925",
                    new BigDecimal("3000"),
                    "kg",
                    List.of(certificates));
        }

        public static SupplierCertificate certificate(LocalDate from, LocalDate until) {
            return new SupplierCertificate("VietGAP", "VG-123", "Chi cục Thủy sản", from, until);
        }

        public Builder gtin(String value) {
            gtin = value;
            return this;
        }

        public Builder lot(String value) {
            lot = value;
            return this;
        }

        public Builder produced(LocalDate value) {
            production = value;
            return this;
        }

        public Builder expiry(LocalDate value) {
            expiry = value;
            return this;
        }

        public Builder bestBefore(LocalDate value) {
            bestBefore = value;
            return this;
        }

        public Builder quantity(String value, QuantityUnit u) {
            quantity = value == null ? null : new BigDecimal(value);
            unit = u;
            return this;
        }

        public Builder inputs(RawMaterialInput... values) {
            inputs = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder steps(ProcessStep... values) {
            steps = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder step(StepKind kind, LocalDate date) {
            steps.add(new ProcessStep(kind, date, null, null));
            return this;
        }

        public Builder tests(LabTest... values) {
            tests = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder sample(RetainedSample value) {
            sample = value;
            return this;
        }

        public LocalDate today() {
            return today;
        }

        public BatchContent build() {
            return new BatchContent(
                    gtin,
                    lot,
                    production,
                    expiry,
                    bestBefore,
                    quantity,
                    unit,
                    "Xưởng chế biến HTX Cát Hải, Hải Phòng",
                    inputs,
                    steps,
                    tests,
                    sample);
        }
    }
}
