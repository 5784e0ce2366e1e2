package vn.ocop.traceability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.traceability.domain.BatchContents.Builder.anchovy;
import static vn.ocop.traceability.domain.BatchContents.Builder.certificate;
import static vn.ocop.traceability.domain.BatchContents.aFishSauceBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.traceability.api.SaleCheck;

class BatchTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final UUID MEMBER = UUID.randomUUID();

    private static Batch register(BatchContent content) {
        return Batch.register(
                UUID.randomUUID(),
                content,
                UUID.randomUUID(),
                "NM-500",
                UUID.randomUUID(),
                MEMBER,
                Instant.parse("2025-11-20T03:00:00Z"),
                TODAY);
    }

    private static List<FieldViolation> refusals(BatchContent content) {
        try {
            register(content);
        } catch (DomainException e) {
            assertThat(e.errorCode().kind()).isEqualTo(ProblemKind.INVALID);
            return e.violations();
        }
        throw new AssertionError("The batch was accepted");
    }

    private static void assertRefused(BatchContent content, String field, String code) {
        assertThat(refusals(content))
                .extracting(FieldViolation::field, FieldViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, "traceability." + code));
    }

    @Test
    void registers_a_consistent_batch_and_writes_its_gtin_as_14_digits() {
        Batch batch = register(aFishSauceBatch(TODAY).gtin("8935049500018").build());

        assertThat(batch.gtin()).isEqualTo("08935049500018");
        assertThat(batch.lot()).isEqualTo("NM-2025-001");
        assertThat(batch.inputs()).hasSize(1);
        assertThat(batch.steps())
                .extracting(ProcessStep::kind)
                .containsExactly(StepKind.HARVEST, StepKind.PROCESSING, StepKind.PACKING);
        assertThat(batch.isRecalled()).isFalse();
        assertThat(batch.registeredBy()).isEqualTo(MEMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LÔ-01", "NM 001", "ABCDEFGHIJKLMNOPQRSTU", "ab#1", "lô", "NM~1"})
    void refuses_lot_codes_outside_gs1_character_set_82_or_over_20_characters(String lot) {
        assertRefused(aFishSauceBatch(TODAY).lot(lot).build(), "lot", "invalid-lot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NM-2025/001_A", "!\"%&'()*+,-./:;<=>?_", "ABCDEFGHIJKLMNOPQRST", "7"})
    void accepts_every_character_of_set_82_up_to_20_characters(String lot) {
        assertThat(register(aFishSauceBatch(TODAY).lot(lot).build()).lot()).isEqualTo(lot);
    }

    @Test
    void refuses_a_gtin_with_a_wrong_check_digit() {
        assertRefused(
                aFishSauceBatch(TODAY).gtin("08935049500017").build(), "gtin", "invalid-gtin");
    }

    @Test
    void refuses_a_harvest_after_production() {
        var content =
                aFishSauceBatch(TODAY)
                        .steps(new ProcessStep(StepKind.HARVEST, TODAY.minusDays(2), null, null))
                        .produced(TODAY.minusDays(3))
                        .build();
        assertRefused(content, "steps[0].date", "harvest-after-production");
    }

    @Test
    void refuses_packing_before_production_and_processing_before_a_harvest() {
        var content =
                aFishSauceBatch(TODAY)
                        .steps(
                                new ProcessStep(StepKind.HARVEST, TODAY.minusDays(20), null, null),
                                new ProcessStep(
                                        StepKind.PROCESSING, TODAY.minusDays(21), null, null),
                                new ProcessStep(StepKind.PACKING, TODAY.minusDays(11), null, null))
                        .produced(TODAY.minusDays(10))
                        .build();
        assertRefused(content, "steps[1].date", "processing-out-of-order");
        assertRefused(content, "steps[2].date", "packing-before-production");
    }

    @Test
    void refuses_an_expiry_or_best_before_day_before_production_or_packing() {
        assertRefused(
                aFishSauceBatch(TODAY).expiry(TODAY.minusDays(11)).build(),
                "expiryDate",
                "end-date-too-early");
        assertRefused(
                aFishSauceBatch(TODAY).bestBefore(TODAY.minusDays(6)).build(),
                "bestBeforeDate",
                "end-date-too-early");
    }

    @Test
    void allows_equal_days_along_harvest_production_packing_and_expiry() {
        LocalDate day = TODAY.minusDays(1);
        var content =
                aFishSauceBatch(TODAY)
                        .steps(
                                new ProcessStep(StepKind.HARVEST, day, null, null),
                                new ProcessStep(StepKind.PROCESSING, day, null, null),
                                new ProcessStep(StepKind.PACKING, day, null, null))
                        .produced(day)
                        .expiry(day)
                        .tests()
                        .build();
        assertThat(register(content).lastSaleDay()).isEqualTo(day);
    }

    @Test
    void refuses_anything_that_happened_after_today() {
        var content =
                aFishSauceBatch(TODAY)
                        .produced(TODAY.plusDays(1))
                        .step(StepKind.PACKING, TODAY.plusDays(2))
                        .build();
        assertRefused(content, "productionDate", "date-in-future");
        assertRefused(content, "steps[3].date", "date-in-future");
    }

    @Test
    void needs_an_expiry_or_a_best_before_day() {
        assertRefused(
                aFishSauceBatch(TODAY).expiry(null).build(), "expiryDate", "end-date-required");
        assertThat(
                        register(
                                        aFishSauceBatch(TODAY)
                                                .expiry(null)
                                                .bestBefore(TODAY.plusYears(1))
                                                .build())
                                .lastSaleDay())
                .isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void refuses_a_supplier_certificate_that_lapsed_before_harvest_or_began_after_it() {
        LocalDate harvest = TODAY.minusDays(20);
        assertRefused(
                aFishSauceBatch(TODAY)
                        .inputs(anchovy(certificate(harvest.minusYears(3), harvest.minusDays(1))))
                        .build(),
                "inputs[0].certificates[0].validUntil",
                "certificate-not-valid");
        assertRefused(
                aFishSauceBatch(TODAY)
                        .inputs(anchovy(certificate(harvest.plusDays(1), harvest.plusYears(3))))
                        .build(),
                "inputs[0].certificates[0].validFrom",
                "certificate-not-valid");
        assertRefused(
                aFishSauceBatch(TODAY)
                        .inputs(anchovy(certificate(harvest.plusYears(1), harvest)))
                        .build(),
                "inputs[0].certificates[0].validUntil",
                "certificate-period-inverted");
    }

    @Test
    void checks_certificates_on_the_production_day_when_no_harvest_is_recorded() {
        LocalDate production = TODAY.minusDays(10);
        var lapsedAtProduction =
                aFishSauceBatch(TODAY)
                        .steps()
                        .inputs(
                                anchovy(
                                        certificate(
                                                production.minusYears(3), production.minusDays(1))))
                        .build();
        assertRefused(
                lapsedAtProduction,
                "inputs[0].certificates[0].validUntil",
                "certificate-not-valid");
    }

    @Test
    void refuses_a_lab_test_before_production_and_a_result_without_a_value() {
        var content =
                aFishSauceBatch(TODAY)
                        .tests(
                                new LabTest(
                                        "Lab",
                                        "R-1",
                                        TODAY.minusDays(11),
                                        List.of(new LabResult("Histamin", null, " ", "mg/kg"))))
                        .build();
        assertRefused(content, "labTests[0].date", "test-before-production");
        assertRefused(content, "labTests[0].results[0].value", "result-value-required");
    }

    @Test
    void names_every_refused_field_at_once() {
        var content =
                new BatchContent(
                        null,
                        "lô 1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        " ",
                        List.of(),
                        List.of(),
                        List.of(),
                        new RetainedSample(null, "Kho", null));
        assertThat(refusals(content))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(
                        "gtin",
                        "lot",
                        "productionDate",
                        "quantity",
                        "unit",
                        "productionSite",
                        "expiryDate",
                        "retainedSample.sampleId",
                        "retainedSample.until");
    }

    @Test
    void refuses_a_quantity_of_zero_and_a_sample_kept_shorter_than_production() {
        var content =
                aFishSauceBatch(TODAY)
                        .quantity("0", QuantityUnit.KG)
                        .sample(new RetainedSample("LM-1", "Kho", TODAY.minusDays(11)))
                        .build();
        assertRefused(content, "quantity", "not-positive");
        assertRefused(content, "retainedSample.until", "sample-kept-too-short");
    }

    @Test
    void a_recall_needs_a_reason_is_kept_with_who_and_when_and_happens_once() {
        Batch batch = register(aFishSauceBatch(TODAY).build());
        UUID office = UUID.randomUUID();
        Instant at = Instant.parse("2025-11-21T02:00:00Z");

        assertThatThrownBy(() -> batch.recall("  ", office, "OFFICE_ADMIN", at))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(FieldViolation::field)
                                        .containsExactly("reason"));
        assertThat(batch.isRecalled()).isFalse();

        batch.recall("Histamin vượt ngưỡng", office, "OFFICE_ADMIN", at);
        assertThat(batch.recall())
                .contains(new Recall("Histamin vượt ngưỡng", at, office, "OFFICE_ADMIN"));

        assertThatThrownBy(() -> batch.recall("again", office, "OFFICE_ADMIN", at))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e ->
                                assertThat(e.errorCode().code())
                                        .isEqualTo("traceability.already-recalled"));
    }

    @Test
    void may_be_sold_through_its_last_day_but_not_after_it_nor_once_recalled() {
        Batch batch = register(aFishSauceBatch(TODAY).expiry(TODAY.plusDays(30)).build());

        assertThat(batch.saleCheck(TODAY.plusDays(30)).allowed()).isTrue();
        SaleCheck expired = batch.saleCheck(TODAY.plusDays(31));
        assertThat(expired.allowed()).isFalse();
        assertThat(expired.refusal()).isEqualTo(SaleCheck.Refusal.EXPIRED);

        batch.recall("Nhãn sai hạn dùng", UUID.randomUUID(), "PRODUCER_MEMBER", Instant.now());
        assertThat(batch.saleCheck(TODAY))
                .isEqualTo(SaleCheck.refused(SaleCheck.Refusal.RECALLED, "Nhãn sai hạn dùng"));
    }

    @Test
    void a_lab_report_added_later_keeps_the_rules_and_a_recalled_batch_takes_none() {
        Batch batch = register(aFishSauceBatch(TODAY).build());
        int before = batch.labTests().size();

        int position =
                batch.addLabTest(
                        new LabTest(
                                "Trung tâm Kỹ thuật TĐC 1",
                                "KN-2025/900",
                                TODAY,
                                List.of(
                                        new LabResult(
                                                "Độ đạm",
                                                new java.math.BigDecimal("40"),
                                                null,
                                                "g/l"))),
                        TODAY);
        assertThat(position).isEqualTo(before);
        assertThat(batch.labTests()).hasSize(before + 1);
        assertThat(batch.labTests().get(position).reportNumber()).isEqualTo("KN-2025/900");

        assertThatThrownBy(
                        () ->
                                batch.addLabTest(
                                        new LabTest("Lab", "KN-2", TODAY.plusDays(1), List.of()),
                                        TODAY))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(FieldViolation::field)
                                        .contains(
                                                "labTests[" + (before + 1) + "].date",
                                                "labTests[" + (before + 1) + "].results"));
        assertThat(batch.labTests()).hasSize(before + 1);

        batch.recall("Nắp chai không kín", MEMBER, "PRODUCER_MEMBER", Instant.now());
        assertThatThrownBy(
                        () ->
                                batch.addLabTest(
                                        new LabTest(
                                                "Lab",
                                                "KN-3",
                                                TODAY,
                                                List.of(new LabResult("Muối", null, "Đạt", null))),
                                        TODAY))
                .isInstanceOf(DomainException.class);
    }
}
