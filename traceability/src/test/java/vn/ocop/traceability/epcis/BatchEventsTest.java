package vn.ocop.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.domain.BatchContents.aFishSauceBatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.QuantityUnit;

/** A batch's facts as EPCIS events, judged by GS1's 2.0.1 schema. */
class BatchEventsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final Instant NOW = Instant.parse("2025-11-20T03:00:00Z");
    private static final String BATCH_CLASS =
            "https://ocop.example.vn/01/08935049500018/10/NM-2025-001";

    private final BatchEvents events = new BatchEvents("https://ocop.example.vn/some/path");

    private static Batch batch(QuantityUnit unit) {
        return Batch.register(
                UUID.randomUUID(),
                aFishSauceBatch(TODAY).quantity("1200.5", unit).build(),
                UUID.randomUUID(),
                "NM-500",
                UUID.randomUUID(),
                UUID.randomUUID(),
                NOW,
                TODAY);
    }

    private static ObjectNode document(List<EpcisEvent> recorded) {
        return EpcisDocuments.document(recorded.stream().map(EpcisEvent::document).toList(), NOW);
    }

    @Test
    void a_registered_batch_becomes_a_document_that_the_schema_accepts() {
        Batch batch = batch(QuantityUnit.L);
        List<EpcisEvent> recorded = events.registered(batch, NOW);

        assertThat(SchemaCheck.violations(document(recorded))).isEmpty();
        assertThat(recorded)
                .extracting(e -> e.index().type() + " " + e.index().bizStep())
                .containsExactly(
                        "ObjectEvent commissioning",
                        "ObjectEvent commissioning",
                        "TransformationEvent creating_class_instance",
                        "ObjectEvent packing",
                        "ObjectEvent inspecting");
        assertThat(recorded).allSatisfy(e -> assertThat(e.batchId()).isEqualTo(batch.id()));
    }

    @Test
    void commissioning_adds_the_lot_with_its_dates_as_ilmd() {
        JsonNode commissioning = events.registered(batch(QuantityUnit.L), NOW).get(0).document();

        assertThat(commissioning.get("action").asText()).isEqualTo("ADD");
        assertThat(commissioning.get("disposition").asText()).isEqualTo("active");
        assertThat(commissioning.at("/quantityList/0/epcClass").asText()).isEqualTo(BATCH_CLASS);
        assertThat(commissioning.at("/quantityList/0/quantity").decimalValue())
                .isEqualByComparingTo("1200.5");
        assertThat(commissioning.at("/quantityList/0/uom").asText()).isEqualTo("LTR");
        assertThat(commissioning.at("/ilmd/cbvmda:lotNumber").asText()).isEqualTo("NM-2025-001");
        assertThat(commissioning.at("/ilmd/cbvmda:itemExpirationDate").asText())
                .isEqualTo("2027-11-20");
        assertThat(commissioning.at("/ilmd/ocop:productionDate").asText()).isEqualTo("2025-11-10");
        assertThat(commissioning.get("eventTime").asText())
                .isEqualTo("2025-11-10T00:00:00.000+07:00");
    }

    @Test
    void counted_batches_carry_no_unit_of_measure() {
        JsonNode commissioning =
                events.registered(batch(QuantityUnit.PIECE), NOW).get(0).document();
        assertThat(commissioning.at("/quantityList/0").has("uom")).isFalse();
    }

    @Test
    void processing_turns_the_raw_material_lots_into_the_batch() {
        Batch batch = batch(QuantityUnit.L);
        EpcisEvent transformation = events.registered(batch, NOW).get(2);

        assertThat(transformation.document().at("/inputQuantityList/0/epcClass").asText())
                .isEqualTo(BatchEvents.inputClass(batch.id(), 0));
        assertThat(transformation.document().at("/inputQuantityList/0/uom").asText())
                .isEqualTo("KGM");
        assertThat(transformation.document().at("/outputQuantityList/0/epcClass").asText())
                .isEqualTo(BATCH_CLASS);
        assertThat(transformation.document().at("/ocop:inputs/0/ocop:supplierLot").asText())
                .isEqualTo("CC-0925");
        assertThat(transformation.index().lots()).containsExactly("08935049500018/NM-2025-001");
    }

    @Test
    void a_lab_test_is_an_inspection_with_one_sensor_report_per_result() {
        JsonNode inspection = events.registered(batch(QuantityUnit.L), NOW).get(4).document();

        JsonNode reports = inspection.at("/sensorElementList/0/sensorReport");
        assertThat(reports).hasSize(3);
        assertThat(reports.get(1).get("ocop:analyte").asText()).isEqualTo("Histamin");
        assertThat(reports.get(1).get("value").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(reports.get(1).get("uom").asText()).isEqualTo("MGK");
        assertThat(reports.get(2).get("stringValue").asText()).isEqualTo("Không phát hiện");
        assertThat(inspection.at("/sensorElementList/0/sensorMetadata/ocop:reportNumber").asText())
                .isEqualTo("KN-2025/123");
    }

    @Test
    void a_recall_is_an_event_that_sets_the_recalled_disposition() {
        Batch batch = batch(QuantityUnit.L);
        UUID office = UUID.randomUUID();
        batch.recall("Histamin vượt ngưỡng", office, "OFFICE_ADMIN", NOW);
        EpcisEvent recall = events.recalled(batch, NOW);

        assertThat(SchemaCheck.violations(document(List.of(recall)))).isEmpty();
        assertThat(recall.index().bizStep()).isEqualTo("holding");
        assertThat(recall.index().disposition()).isEqualTo("recalled");
        assertThat(recall.document().at("/persistentDisposition/set/0").asText())
                .isEqualTo("recalled");
        assertThat(recall.document().get("ocop:recallReason").asText())
                .isEqualTo("Histamin vượt ngưỡng");
        assertThat(recall.document().get("ocop:recordedBy").asText()).isEqualTo(office.toString());
    }
}
