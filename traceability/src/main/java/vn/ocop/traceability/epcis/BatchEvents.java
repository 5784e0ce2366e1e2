package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.traceability.digitallink.DigitalLink;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.domain.ProcessStep;
import vn.ocop.traceability.domain.RawMaterialInput;
import vn.ocop.traceability.domain.StepKind;

/**
 * The EPCIS events that record a batch's facts.
 *
 * <ul>
 *   <li>registration: ObjectEvent ADD, bizStep {@code commissioning}, disposition {@code active},
 *       with ILMD (lot number, expiry and best-before dates, production date and site);
 *   <li>harvest: ObjectEvent, bizStep {@code commissioning}, ADD of the raw-material lots (OBSERVE
 *       of the batch when no input is recorded);
 *   <li>processing: TransformationEvent, bizStep {@code creating_class_instance}, raw-material lots
 *       in, the batch out (also recorded on the production day when inputs exist but no processing
 *       step was given, so the inputs stay linked to the lot);
 *   <li>packing: ObjectEvent OBSERVE, bizStep {@code packing};
 *   <li>lab test: ObjectEvent OBSERVE, bizStep {@code inspecting}, one sensor element per report;
 *   <li>recall: ObjectEvent OBSERVE, bizStep {@code holding}, disposition {@code recalled}, set as
 *       persistent disposition.
 * </ul>
 *
 * The batch is the EPC class {@code https://<public host>/01/<gtin>/10/<lot>}, the GS1 Digital Link
 * URI printed in its QR code. A raw-material lot has no GS1 key, so it is a name-based {@code
 * urn:uuid:} of the batch and the input's position, with its details in {@code ocop:inputs}. Days
 * without a time of day are recorded at 00:00 Vietnamese time.
 */
@Singleton
public class BatchEvents {

    private final String publicBaseUrl;

    public BatchEvents(@Value("${ocop.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The identifier of the batch as an EPC class. */
    public String batchClass(Batch batch) {
        return DigitalLink.forBatch(publicBaseUrl, batch.gtin(), batch.lot());
    }

    /** The raw-material lot at this position of the batch's inputs. */
    public static String inputClass(UUID batchId, int position) {
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(
                        ("ocop:batch-input:" + batchId + ":" + position)
                                .getBytes(StandardCharsets.UTF_8));
    }

    public List<EpcisEvent> registered(Batch batch, Instant recordTime) {
        List<ObjectNode> events = new ArrayList<>();
        events.add(commissioning(batch));
        for (ProcessStep step : batch.steps()) {
            events.add(
                    switch (step.kind()) {
                        case HARVEST -> harvest(batch, step);
                        case PROCESSING -> transformation(batch, step.date(), step);
                        case PACKING -> packing(batch, step);
                    });
        }
        boolean processed = batch.steps().stream().anyMatch(s -> s.kind() == StepKind.PROCESSING);
        if (!processed && !batch.inputs().isEmpty()) {
            events.add(transformation(batch, batch.productionDate(), null));
        }
        for (LabTest test : batch.labTests()) {
            events.add(inspection(batch, test));
        }
        return events.stream().map(e -> recorded(batch, e, recordTime)).toList();
    }

    /** The inspection event of a lab report added after registration. */
    public EpcisEvent labTested(Batch batch, LabTest test, Instant recordTime) {
        return recorded(batch, inspection(batch, test), recordTime);
    }

    public EpcisEvent recalled(Batch batch, Instant recordTime) {
        var recall = batch.recall().orElseThrow();
        ObjectNode event = event("ObjectEvent", EpcisJson.time(recall.at()));
        event.put("action", "OBSERVE");
        event.put("bizStep", "holding");
        event.put("disposition", "recalled");
        event.putObject("persistentDisposition").putArray("set").add("recalled");
        batchQuantity(batch, event.putArray("quantityList"), false);
        event.put("ocop:recallReason", recall.reason());
        event.put("ocop:recordedBy", recall.by().toString());
        event.put("ocop:recordedByRole", recall.byRole());
        return recorded(batch, event, recordTime);
    }

    private ObjectNode commissioning(Batch batch) {
        ObjectNode event = event("ObjectEvent", day(batch.productionDate()));
        event.put("action", "ADD");
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        batchQuantity(batch, event.putArray("quantityList"), true);
        ObjectNode ilmd = event.putObject("ilmd");
        ilmd.put("cbvmda:lotNumber", batch.lot());
        if (batch.expiryDate() != null) {
            ilmd.put("cbvmda:itemExpirationDate", batch.expiryDate().toString());
        }
        if (batch.bestBeforeDate() != null) {
            ilmd.put("cbvmda:bestBeforeDate", batch.bestBeforeDate().toString());
        }
        ilmd.put("ocop:productionDate", batch.productionDate().toString());
        ilmd.put("ocop:productionSite", batch.content().productionSite());
        var sample = batch.content().retainedSample();
        if (sample != null) {
            ilmd.putObject("ocop:retainedSample")
                    .put("ocop:sampleId", sample.sampleId())
                    .put("ocop:place", sample.place())
                    .put("ocop:until", sample.until().toString());
        }
        return event;
    }

    private ObjectNode harvest(Batch batch, ProcessStep step) {
        ObjectNode event = event("ObjectEvent", day(step.date()));
        ArrayNode quantities = event.putArray("quantityList");
        if (batch.inputs().isEmpty()) {
            event.put("action", "OBSERVE");
            batchQuantity(batch, quantities, false);
        } else {
            event.put("action", "ADD");
            inputQuantities(batch, quantities);
            event.putObject("ilmd").put("cbvmda:harvestStartDate", step.date().toString());
            inputDetails(batch, event);
        }
        event.put("bizStep", "commissioning");
        stepDetails(step, event);
        return event;
    }

    private ObjectNode transformation(Batch batch, LocalDate date, ProcessStep step) {
        ObjectNode event = event("TransformationEvent", day(date));
        if (!batch.inputs().isEmpty()) {
            inputQuantities(batch, event.putArray("inputQuantityList"));
        }
        batchQuantity(batch, event.putArray("outputQuantityList"), true);
        event.put("bizStep", "creating_class_instance");
        if (!batch.inputs().isEmpty()) {
            inputDetails(batch, event);
        }
        if (step != null) {
            stepDetails(step, event);
        }
        return event;
    }

    private ObjectNode packing(Batch batch, ProcessStep step) {
        ObjectNode event = event("ObjectEvent", day(step.date()));
        event.put("action", "OBSERVE");
        event.put("bizStep", "packing");
        batchQuantity(batch, event.putArray("quantityList"), true);
        stepDetails(step, event);
        return event;
    }

    private ObjectNode inspection(Batch batch, LabTest test) {
        ObjectNode event = event("ObjectEvent", day(test.date()));
        event.put("action", "OBSERVE");
        event.put("bizStep", "inspecting");
        batchQuantity(batch, event.putArray("quantityList"), false);
        ObjectNode element = event.putArray("sensorElementList").addObject();
        element.putObject("sensorMetadata")
                .put("time", day(test.date()))
                .put("ocop:lab", test.lab())
                .put("ocop:reportNumber", test.reportNumber());
        LabReports.write(test.results(), element.putArray("sensorReport"));
        return event;
    }

    private void batchQuantity(Batch batch, ArrayNode list, boolean withQuantity) {
        ObjectNode element = list.addObject().put("epcClass", batchClass(batch));
        if (withQuantity) {
            element.put("quantity", batch.quantity());
            batch.unit().uneceCode().ifPresent(code -> element.put("uom", code));
        }
    }

    private static void inputQuantities(Batch batch, ArrayNode list) {
        for (int i = 0; i < batch.inputs().size(); i++) {
            RawMaterialInput input = batch.inputs().get(i);
            ObjectNode element = list.addObject().put("epcClass", inputClass(batch.id(), i));
            LabReports.uom(input.unit())
                    .filter(code -> input.quantity() != null)
                    .ifPresent(code -> element.put("quantity", input.quantity()).put("uom", code));
        }
    }

    private static void inputDetails(Batch batch, ObjectNode event) {
        ArrayNode inputs = event.putArray("ocop:inputs");
        for (int i = 0; i < batch.inputs().size(); i++) {
            RawMaterialInput input = batch.inputs().get(i);
            ObjectNode node = inputs.addObject();
            node.put("ocop:epcClass", inputClass(batch.id(), i));
            node.put("ocop:material", input.material());
            node.put("ocop:originProvince", input.originProvince());
            putIfPresent(node, "ocop:originCommune", input.originCommune());
            putIfPresent(node, "ocop:farm", input.farm());
            putIfPresent(node, "ocop:supplier", input.supplier());
            putIfPresent(node, "ocop:supplierLot", input.supplierLot());
            if (input.quantity() != null) {
                node.put("ocop:quantity", input.quantity());
            }
            putIfPresent(node, "ocop:unit", input.unit());
            ArrayNode certificates = node.putArray("ocop:certificates");
            for (var certificate : input.certificates()) {
                ObjectNode c = certificates.addObject();
                c.put("ocop:scheme", certificate.scheme());
                putIfPresent(c, "ocop:number", certificate.number());
                putIfPresent(c, "ocop:issuer", certificate.issuer());
                c.put("ocop:validFrom", certificate.validFrom().toString());
                c.put("ocop:validUntil", certificate.validUntil().toString());
            }
        }
    }

    private static void stepDetails(ProcessStep step, ObjectNode event) {
        putIfPresent(event, "ocop:place", step.place());
        putIfPresent(event, "ocop:note", step.note());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static ObjectNode event(String type, String eventTime) {
        ObjectNode event = EpcisJson.MAPPER.createObjectNode();
        event.put("type", type);
        event.put("eventID", "urn:uuid:" + UUID.randomUUID());
        event.put("eventTime", eventTime);
        event.put("eventTimeZoneOffset", "+07:00");
        return event;
    }

    private static String day(LocalDate day) {
        return EpcisJson.time(day.atStartOfDay(EpcisJson.VIETNAM).toOffsetDateTime());
    }

    private static EpcisEvent recorded(Batch batch, ObjectNode event, Instant recordTime) {
        event.put("recordTime", EpcisJson.time(recordTime));
        return new EpcisEvent(
                event, EventIndex.of(event), batch.id(), List.of(batch.producerId()), null);
    }
}
