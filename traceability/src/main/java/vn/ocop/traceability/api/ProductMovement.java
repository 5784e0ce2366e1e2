package vn.ocop.traceability.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Packs of one batch that moved (shipped, received or sold), as another module reports it through
 * the outbox ({@link TraceabilityTopics}).
 *
 * @param gtin the GTIN (13 or 14 digits)
 * @param lot the batch's lot code
 * @param serials the units' serials when they were scanned one by one, else empty
 * @param quantity how many packs (pieces); with serials, their number
 * @param salePointId the sale point shipped to, receiving, or selling
 * @param salePointName its name, shown on the scan page's timeline
 * @param time when it happened
 * @param reference the order or sale it belongs to (e.g. {@code DH-2026-000123}); with the topic,
 *     GTIN and lot it identifies the event, so the same report twice records one event
 */
public record ProductMovement(
        String gtin,
        String lot,
        List<String> serials,
        BigDecimal quantity,
        UUID salePointId,
        String salePointName,
        OffsetDateTime time,
        String reference) {

    public ProductMovement {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /** The outbox payload. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        field(json, "gtin", gtin).append(',');
        field(json, "lot", lot).append(',');
        json.append("\"serials\":[");
        for (int i = 0; i < serials.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quote(json, serials.get(i));
        }
        json.append("],\"quantity\":").append(quantity == null ? "null" : quantity.toPlainString());
        json.append(',');
        field(json, "salePointId", salePointId == null ? null : salePointId.toString()).append(',');
        field(json, "salePointName", salePointName).append(',');
        field(json, "time", time == null ? null : time.toString()).append(',');
        field(json, "reference", reference);
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            return json.append("null");
        }
        return quote(json, value);
    }

    private static StringBuilder quote(StringBuilder json, String value) {
        json.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
