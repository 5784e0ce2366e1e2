package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.BatchContent;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.domain.LabTest;
import vn.ocop.traceability.epcis.BatchEvents;
import vn.ocop.traceability.epcis.EventLog;

/**
 * Registering and recalling batches: each use case stores the batch and records its EPCIS events in
 * one transaction. Members act for their own producer's batches; the office for all.
 */
@Singleton
public class BatchService {

    private static final int LIST_LIMIT = 500;

    private final Batches batches;
    private final EventLog events;
    private final BatchEvents batchEvents;
    private final ProductsApi products;
    private final Clock clock;

    BatchService(
            Batches batches,
            EventLog events,
            BatchEvents batchEvents,
            ProductsApi products,
            Clock clock) {
        this.batches = batches;
        this.events = events;
        this.batchEvents = batchEvents;
        this.products = products;
        this.clock = clock;
    }

    /**
     * Registers a batch of a catalogue variant.
     *
     * @param producerId for the office: which of the product's producers made the batch (the first
     *     one when null); ignored for members, who register for their own producer
     */
    @Transactional
    public Batch register(Caller caller, BatchContent content, UUID producerId) {
        LocalDate today = LocalDate.now(clock);
        Batch.requireValid(content, today);
        VariantRef variant =
                products.variantByGtin(content.gtin())
                        .orElseThrow(() -> TraceabilityError.UNKNOWN_GTIN.refuse("gtin"));
        ProductView product =
                products.product(variant.productId())
                        .orElseThrow(() -> TraceabilityError.UNKNOWN_GTIN.refuse("gtin"));
        Batch batch =
                Batch.register(
                        UUID.randomUUID(),
                        content,
                        product.id(),
                        variant.variant().sku(),
                        producerFor(caller, product.producerIds(), producerId),
                        caller.accountId(),
                        clock.instant(),
                        today);
        batches.add(batch);
        events.append(batchEvents.registered(batch, clock.instant()));
        return batch;
    }

    @Transactional
    public Batch recall(Caller caller, UUID id, String reason) {
        Batch batch = accessible(caller, id);
        batch.recall(reason, caller.accountId(), caller.role().name(), clock.instant());
        batches.saveRecall(batch);
        events.append(List.of(batchEvents.recalled(batch, clock.instant())));
        return batch;
    }

    /** Adds a lab's test report to one of the caller's batches, with its inspection event. */
    @Transactional
    public Batch addLabTest(Caller caller, UUID id, LabTest test) {
        Batch batch = accessible(caller, id);
        int position = batch.addLabTest(test, LocalDate.now(clock));
        batches.saveLabTests(batch);
        events.append(
                List.of(
                        batchEvents.labTested(
                                batch, batch.labTests().get(position), clock.instant())));
        return batch;
    }

    @ReadOnly
    public Batch get(Caller caller, UUID id) {
        return accessible(caller, id);
    }

    /** The member's producer's batches, or every batch for the office; newest first. */
    @ReadOnly
    public List<Batch> list(Caller caller, String gtin) {
        String gtin14 = null;
        if (gtin != null && !gtin.isBlank()) {
            gtin14 =
                    Gtin.normalize(gtin)
                            .orElseThrow(() -> TraceabilityError.INVALID_GTIN.refuse("gtin"));
        }
        if (caller.isOffice()) {
            return batches.find(null, gtin14, LIST_LIMIT);
        }
        return caller.producerId() == null
                ? List.of()
                : batches.find(caller.producerId(), gtin14, LIST_LIMIT);
    }

    private Batch accessible(Caller caller, UUID id) {
        Batch batch =
                batches.byId(id)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.BATCH_NOT_FOUND.exception(
                                                "No batch " + id));
        if (!caller.mayActForProducer(batch.producerId())) {
            throw TraceabilityError.NOT_YOUR_PRODUCT.exception("Not your producer's batch");
        }
        return batch;
    }

    private static UUID producerFor(Caller caller, List<UUID> producers, UUID requested) {
        if (caller.isOffice()) {
            if (requested == null) {
                return producers.get(0);
            }
            if (!producers.contains(requested)) {
                throw TraceabilityError.NOT_YOUR_PRODUCT.refuse("producerId");
            }
            return requested;
        }
        return producers.stream()
                .filter(caller::mayActForProducer)
                .findFirst()
                .orElseThrow(
                        () ->
                                TraceabilityError.NOT_YOUR_PRODUCT.exception(
                                        "The GTIN belongs to another producer's product"));
    }
}
