package vn.ocop.traceability.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.domain.BatchContents.aFishSauceBatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.QuantityUnit;
import vn.ocop.traceability.domain.StepKind;

/** Batch ↔ row, without a database: what is written reads back the same. */
class BatchMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    private static Batch aBatch() {
        return Batch.register(
                UUID.randomUUID(),
                aFishSauceBatch(TODAY).quantity("1200", QuantityUnit.KG).build(),
                UUID.randomUUID(),
                "NM-500",
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2025-11-20T03:00:00Z"),
                TODAY);
    }

    @Test
    void a_batch_reads_back_from_its_row_unchanged() {
        Batch batch = aBatch();

        Batch read = BatchMapping.toBatch(BatchMapping.toRow(batch));

        assertThat(read.content()).isEqualTo(batch.content());
        assertThat(read).usingRecursiveComparison().isEqualTo(batch);
    }

    @Test
    void a_recall_reads_back_with_who_when_and_why() {
        Batch batch = aBatch();
        batch.recall(
                "Histamin vượt ngưỡng",
                UUID.randomUUID(),
                "OFFICE_ADMIN",
                Instant.parse("2025-11-21T01:00:00Z"));

        BatchRow row = BatchMapping.toRow(batch);

        assertThat(row.recallReason()).isEqualTo("Histamin vượt ngưỡng");
        assertThat(row.recalledByRole()).isEqualTo("OFFICE_ADMIN");
        assertThat(BatchMapping.toBatch(row).recall()).isEqualTo(batch.recall());
    }

    @Test
    void numeric_columns_read_back_as_registered_not_with_database_scale() {
        BatchRow row = BatchMapping.toRow(aBatch());
        BatchRow fromDatabase =
                new BatchRow(
                        row.id(),
                        row.gtin(),
                        row.lot(),
                        row.productId(),
                        row.variantSku(),
                        row.producerId(),
                        row.productionDate(),
                        row.expiryDate(),
                        row.bestBeforeDate(),
                        new BigDecimal("1200.000"),
                        row.unit(),
                        row.productionSite(),
                        row.details(),
                        row.registeredAt(),
                        row.registeredBy(),
                        null,
                        null,
                        null,
                        null);

        assertThat(BatchMapping.toBatch(fromDatabase).quantity()).isEqualTo(new BigDecimal("1200"));
    }

    @Test
    void details_written_by_an_earlier_release_still_read() {
        String stored =
                """
                {"inputs":[{"material":"Chè búp tươi","originProvince":"Thái Nguyên","farm":"Đồi chè Tân Cương",
                  "quantity":250.5,"unit":"kg","certificates":[{"scheme":"VietGAP","validFrom":"2024-01-01",
                  "validUntil":"2026-12-31"}]}],
                 "steps":[{"kind":"HARVEST","date":"2025-10-01"},{"kind":"PACKING","date":"2025-10-05","place":"Xưởng"}],
                 "labTests":[{"lab":"Quatest 1","reportNumber":"R-9","date":"2025-10-06",
                  "results":[{"name":"Độ ẩm","value":4.5,"unit":"%"}]}],
                 "retainedSample":{"sampleId":"M-1","place":"Kho","until":"2026-10-05"}}
                """;
        BatchRow row = BatchMapping.toRow(aBatch());
        BatchRow old =
                new BatchRow(
                        row.id(),
                        "08935049500018",
                        "CHE-01",
                        row.productId(),
                        null,
                        row.producerId(),
                        LocalDate.parse("2025-10-02"),
                        null,
                        LocalDate.parse("2026-10-02"),
                        new BigDecimal("100.000"),
                        "KG",
                        "Xưởng chè",
                        stored,
                        row.registeredAt(),
                        row.registeredBy(),
                        null,
                        null,
                        null,
                        null);

        Batch batch = BatchMapping.toBatch(old);

        assertThat(batch.inputs().get(0).farm()).isEqualTo("Đồi chè Tân Cương");
        assertThat(batch.inputs().get(0).quantity()).isEqualByComparingTo("250.5");
        assertThat(batch.inputs().get(0).certificates().get(0).validUntil())
                .isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(batch.steps().get(1).kind()).isEqualTo(StepKind.PACKING);
        assertThat(batch.labTests().get(0).results().get(0).value()).isEqualByComparingTo("4.5");
        assertThat(batch.content().retainedSample().place()).isEqualTo("Kho");
        assertThat(batch.variantSku()).isNull();
        assertThat(batch.isRecalled()).isFalse();
    }
}
