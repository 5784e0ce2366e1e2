package vn.ocop.orders.application;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.platform.outbox.api.Outbox;
import vn.ocop.traceability.api.ProductMovement;
import vn.ocop.traceability.api.TraceabilityTopics;

/**
 * Reports packs of known batches that moved (shipped to, received at or sold at a sale point) to
 * traceability through the outbox, in the caller's transaction: one message per (GTIN, lot), so
 * traceability records one EPCIS event per batch and business reference. Lines without a lot or a
 * GTIN are not reported (there is no batch to attach them to).
 */
@Singleton
class Movements {

    /** Packs of one line: serial only when scanned one by one. */
    record Packs(String gtin, String lot, String serial, long quantity) {}

    private final Outbox outbox;
    private final Clock clock;

    Movements(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void report(
            String topic, SalePoint salePoint, String reference, Instant at, List<Packs> packs) {
        record Key(String gtin, String lot) {}
        Map<Key, List<Packs>> byBatch = new LinkedHashMap<>();
        for (Packs p : packs) {
            if (p.gtin() == null || p.lot() == null) continue;
            byBatch.computeIfAbsent(new Key(p.gtin(), p.lot()), k -> new ArrayList<>()).add(p);
        }
        for (var e : byBatch.entrySet()) {
            long quantity = e.getValue().stream().mapToLong(Packs::quantity).sum();
            boolean allSerial =
                    e.getValue().stream().allMatch(p -> p.serial() != null && p.quantity() == 1);
            List<String> serials =
                    allSerial
                            ? e.getValue().stream().map(Packs::serial).distinct().toList()
                            : List.of();
            var movement =
                    new ProductMovement(
                            e.getKey().gtin(),
                            e.getKey().lot(),
                            serials,
                            BigDecimal.valueOf(allSerial ? serials.size() : quantity),
                            salePoint.id(),
                            salePoint.name(),
                            at.atZone(clock.getZone()).toOffsetDateTime(),
                            reference);
            outbox.enqueue(
                    topic,
                    reference + "|" + e.getKey().gtin() + "|" + e.getKey().lot(),
                    movement.toJson());
        }
    }

    static final String SHIPPED = TraceabilityTopics.SHIPPED;
    static final String RECEIVED = TraceabilityTopics.RECEIVED;
    static final String RETAIL_SOLD = TraceabilityTopics.RETAIL_SOLD;
}
