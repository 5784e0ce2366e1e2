package vn.ocop.traceability.movements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.traceability.digitallink.DigitalLink;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.EpcisJson;
import vn.ocop.traceability.epcis.EventIndex;
import vn.ocop.traceability.epcis.EventLog;

/**
 * Appends the EPCIS ObjectEvent of one reported movement, once per business key: the key is claimed
 * in {@code traceability.reported_events} in the same transaction as the event, so a repeated
 * message finds it taken and records nothing.
 */
@Singleton
class MovementRecorder {

    /** What a topic becomes in EPCIS. */
    record Kind(String bizStep, String disposition, String transactionType) {}

    private final Batches batches;
    private final EventLog events;
    private final JdbcOperations jdbc;
    private final String publicBaseUrl;

    MovementRecorder(
            Batches batches,
            EventLog events,
            JdbcOperations jdbc,
            @Value("${ocop.public-base-url}") String publicBaseUrl) {
        this.batches = batches;
        this.events = events;
        this.jdbc = jdbc;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * @return false when this movement was recorded before
     * @throws IllegalArgumentException when the payload is unusable (the message dead-letters)
     */
    @Transactional
    boolean record(String topic, Kind kind, String payload, Instant now) {
        JsonNode json;
        try {
            json = EpcisJson.MAPPER.readTree(payload);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage());
        }
        String gtin =
                Gtin.normalize(text(json, "gtin"))
                        .orElseThrow(() -> new IllegalArgumentException("No valid gtin"));
        String lot = required(json, "lot");
        String reference = required(json, "reference");
        UUID salePoint = UUID.fromString(required(json, "salePointId"));
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(required(json, "time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time: " + e.getMessage());
        }
        List<String> serials = new ArrayList<>();
        json.path("serials").forEach(s -> serials.add(s.asText()));
        BigDecimal quantity =
                json.hasNonNull("quantity")
                        ? json.get("quantity").decimalValue()
                        : BigDecimal.valueOf(serials.size());
        if (serials.isEmpty() && quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive without serials");
        }
        Batch batch =
                batches.byCode(gtin, lot)
                        .orElseThrow(
                                () -> new IllegalArgumentException("No batch " + gtin + "/" + lot));

        String key = topic + "|" + reference + "|" + gtin + "|" + lot;
        String eventId = "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        int claimed =
                jdbc.prepareStatement(
                        "INSERT INTO traceability.reported_events (source_key, event_id,"
                                + " recorded_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        ps -> {
                            ps.setString(1, key.length() > 300 ? key.substring(0, 300) : key);
                            ps.setString(2, eventId);
                            ps.setObject(3, now.atOffset(java.time.ZoneOffset.UTC));
                            return ps.executeUpdate();
                        });
        if (claimed == 0) {
            return false;
        }

        ObjectNode event = EpcisJson.MAPPER.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventID", eventId);
        event.put("eventTime", EpcisJson.time(time));
        event.put(
                "eventTimeZoneOffset",
                time.getOffset().getId().equals("Z") ? "+00:00" : time.getOffset().getId());
        event.put("recordTime", EpcisJson.time(now));
        if (serials.isEmpty()) {
            event.putArray("quantityList")
                    .addObject()
                    .put("epcClass", DigitalLink.forBatch(publicBaseUrl, gtin, lot))
                    .put("quantity", quantity)
                    .put("uom", "H87");
        } else {
            var list = event.putArray("epcList");
            for (String serial : serials) {
                list.add(DigitalLink.forUnit(publicBaseUrl, gtin, lot, serial));
            }
        }
        event.put("action", "OBSERVE");
        event.put("bizStep", kind.bizStep());
        event.put("disposition", kind.disposition());
        event.putObject("bizLocation").put("id", "urn:ocop:sale-point:" + salePoint);
        event.putArray("bizTransactionList")
                .addObject()
                .put("type", kind.transactionType())
                .put(
                        "bizTransaction",
                        "urn:ocop:transaction:"
                                + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        String name = text(json, "salePointName");
        if (name != null) {
            event.put("ocop:salePointName", name);
        }
        event.put("ocop:reference", reference);
        events.append(
                List.of(
                        new EpcisEvent(
                                event,
                                EventIndex.of(event),
                                batch.id(),
                                List.of(batch.producerId()),
                                null)));
        return true;
    }

    private static String required(JsonNode json, String field) {
        String value = text(json, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field);
        }
        return value;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
