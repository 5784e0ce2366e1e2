package vn.ocop.traceability.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.epcis.Cbv;

/** An EPCIS event as a line of the scan page's timeline. */
final class Timeline {

    private Timeline() {}

    static PublicBatch.TimelineEntry entry(JsonNode event, PageTexts texts) {
        String bizStep = Cbv.bizStep(text(event, "bizStep"));
        String label = bizStep == null ? null : texts.text("step." + bizStep);
        if (label == null) {
            label = texts.text("step.other");
        }
        String place = text(event, "ocop:place");
        if (place == null) {
            place = text(event, "ocop:salePointName");
        }
        if (place == null) {
            place = text(event, "ocop:productionSite");
        }
        if (place == null && event.has("ilmd")) {
            place = text(event.get("ilmd"), "ocop:productionSite");
        }
        String detail = null;
        JsonNode metadata = event.at("/sensorElementList/0/sensorMetadata");
        if (!metadata.isMissingNode()) {
            detail = text(metadata, "ocop:lab");
        }
        if (detail == null) {
            detail = text(event, "ocop:recallReason");
        }
        if (detail == null) {
            detail = text(event, "ocop:note");
        }
        String time = text(event, "eventTime");
        return new PublicBatch.TimelineEntry(
                time == null ? null : OffsetDateTime.parse(time),
                text(event, "type"),
                bizStep,
                Cbv.disposition(text(event, "disposition")),
                label,
                place,
                detail);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
