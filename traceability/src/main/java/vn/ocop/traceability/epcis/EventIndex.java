package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The columns an event is found by: its type, action, bizStep and disposition (bare CBV words),
 * time, every EPC and EPC class it names, and the lots among them.
 */
public record EventIndex(
        String eventId,
        String type,
        String action,
        String bizStep,
        String disposition,
        OffsetDateTime eventTime,
        List<String> epcs,
        List<String> lots,
        boolean errorDeclaration) {

    private static final List<String> EPC_LISTS =
            List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final List<String> QUANTITY_LISTS =
            List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

    /**
     * Reads an event that passed the EPCIS schema; an event without an {@code eventID} is given a
     * {@code urn:uuid:}.
     */
    public static EventIndex of(JsonNode event) {
        Set<String> epcs = new LinkedHashSet<>();
        if (event.hasNonNull("parentID")) {
            epcs.add(event.get("parentID").asText());
        }
        for (String list : EPC_LISTS) {
            event.path(list).forEach(epc -> epcs.add(epc.asText()));
        }
        for (String list : QUANTITY_LISTS) {
            event.path(list).forEach(q -> epcs.add(q.path("epcClass").asText()));
        }
        epcs.remove("");
        List<String> lots = new ArrayList<>();
        for (String epc : epcs) {
            Identifiers.lot(epc)
                    .map(Identifiers.LotOf::key)
                    .filter(k -> !lots.contains(k))
                    .ifPresent(lots::add);
        }
        String eventId =
                event.hasNonNull("eventID")
                        ? event.get("eventID").asText()
                        : "urn:uuid:" + UUID.randomUUID();
        return new EventIndex(
                eventId,
                event.path("type").asText(),
                text(event, "action"),
                Cbv.bizStep(text(event, "bizStep")),
                Cbv.disposition(text(event, "disposition")),
                OffsetDateTime.parse(event.path("eventTime").asText()),
                List.copyOf(epcs),
                List.copyOf(lots),
                event.has("errorDeclaration"));
    }

    private static String text(JsonNode event, String field) {
        return event.hasNonNull(field) ? event.get(field).asText() : null;
    }
}
