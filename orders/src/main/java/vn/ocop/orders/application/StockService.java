package vn.ocop.orders.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.domain.Transfer;
import vn.ocop.orders.persistence.JdbcLocations;
import vn.ocop.orders.persistence.JdbcTransfers;
import vn.ocop.orders.persistence.StockLedger;
import vn.ocop.platform.identity.api.Caller;

/**
 * A producer's stock: its warehouse (created on first use), adjustments with a reason, and
 * transfers to sale points. Members act for their own producer only; the office for any, naming the
 * producer. Every change goes through {@link StockLedger}, which logs it.
 */
@Singleton
public class StockService {

    private final StockLedger ledger;
    private final JdbcLocations locations;
    private final JdbcTransfers transfers;
    private final ProductsApi products;
    private final Orderability orderability;
    private final Movements movements;
    private final Clock clock;

    StockService(
            StockLedger ledger,
            JdbcLocations locations,
            JdbcTransfers transfers,
            ProductsApi products,
            Orderability orderability,
            Movements movements,
            Clock clock) {
        this.ledger = ledger;
        this.locations = locations;
        this.transfers = transfers;
        this.products = products;
        this.orderability = orderability;
        this.movements = movements;
        this.clock = clock;
    }

    /** Why stock changes by hand: goods received, a stock count, damage or loss. */
    public enum Reason {
        RECEIVE,
        COUNT,
        DAMAGE
    }

    /**
     * One adjustment; for {@code COUNT} the quantity is the counted stock, otherwise the change.
     */
    @Serdeable
    public record Adjust(
            @Nullable UUID producerId,
            @NotBlank @Size(max = 64) String sku,
            @NotNull Reason reason,
            @PositiveOrZero @Max(1_000_000) long quantity,
            @Nullable @Size(max = 500) String note) {}

    /** A stock level as shown. */
    @Serdeable
    public record LevelView(String sku, long onHand, long reserved, long available) {
        static LevelView of(StockLedger.Level l) {
            return new LevelView(l.sku(), l.onHand(), l.reserved(), l.available());
        }
    }

    @Transactional
    public LevelView adjust(Caller caller, Adjust a) {
        UUID producer = producerFor(caller, a.producerId());
        requireOwnVariant(producer, a.sku());
        Instant now = clock.instant();
        UUID location = locations.defaultWarehouse(producer, now);
        var q = new StockLedger.Quantity(location, a.sku(), a.quantity());
        switch (a.reason()) {
            case RECEIVE -> {
                if (a.quantity() == 0) {
                    throw OrdersError.INVALID_FIELD.refuse("quantity", "Must be more than zero");
                }
                ledger.receive(
                        location,
                        a.sku(),
                        producer,
                        a.quantity(),
                        "RECEIVE",
                        null,
                        a.note(),
                        caller.accountId(),
                        now);
            }
            case DAMAGE -> {
                if (a.quantity() == 0
                        || !ledger.tryChange(
                                q,
                                -a.quantity(),
                                0,
                                "DAMAGE",
                                null,
                                a.note(),
                                caller.accountId(),
                                now)) {
                    throw OrdersError.NEGATIVE_STOCK.refuse(
                            "quantity", "More than the unreserved stock");
                }
            }
            case COUNT -> {
                var level = ledger.lock(location, a.sku());
                if (level.isEmpty()) {
                    if (a.quantity() > 0) {
                        ledger.receive(
                                location,
                                a.sku(),
                                producer,
                                a.quantity(),
                                "COUNT",
                                null,
                                a.note(),
                                caller.accountId(),
                                now);
                    }
                } else {
                    long delta = a.quantity() - level.get().onHand();
                    if (delta != 0
                            && !ledger.tryChange(
                                    q,
                                    delta,
                                    0,
                                    "COUNT",
                                    null,
                                    a.note(),
                                    caller.accountId(),
                                    now)) {
                        throw OrdersError.NEGATIVE_STOCK.refuse(
                                "quantity", "Counted less than is reserved for orders");
                    }
                }
            }
        }
        return ledger.level(location, a.sku())
                .map(LevelView::of)
                .orElse(new LevelView(a.sku(), 0, 0, 0));
    }

    @Transactional
    public List<LevelView> levels(Caller caller, UUID producerId) {
        UUID producer = producerFor(caller, producerId);
        UUID location = locations.defaultWarehouse(producer, clock.instant());
        return ledger.levelsAt(location).stream().map(LevelView::of).toList();
    }

    @ReadOnly
    public List<StockLedger.Movement> movements(Caller caller, UUID producerId, String sku) {
        UUID producer = producerFor(caller, producerId);
        return locations
                .warehouseOf(producer)
                .map(l -> ledger.movements(l, sku, 500))
                .orElse(List.of());
    }

    /** Levels at a sale point, for its staff or the office. */
    @ReadOnly
    public List<LevelView> salePointLevels(Caller caller, UUID salePointId) {
        SalePoint sp = salePoint(caller, salePointId);
        return ledger.levelsAt(sp.locationId()).stream().map(LevelView::of).toList();
    }

    // ---- transfers ----

    /** Goods to send to a sale point. */
    @Serdeable
    public record NewTransfer(
            @Nullable UUID producerId,
            @NotNull UUID salePointId,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull TransferLine> lines) {}

    /** A variant and how many; {@code lot} names the batch when the packs carry one. */
    @Serdeable
    public record TransferLine(
            @NotBlank @Size(max = 64) String sku,
            @Nullable @Size(max = 20) String lot,
            @Positive @Max(1_000_000) long quantity) {}

    @Serdeable
    public record TransferView(
            UUID id,
            UUID producerId,
            UUID fromLocationId,
            UUID toLocationId,
            String status,
            List<TransferLine> lines) {
        static TransferView of(Transfer t) {
            return new TransferView(
                    t.id(),
                    t.producerId(),
                    t.fromLocation(),
                    t.toLocation(),
                    t.status().name(),
                    t.lines().stream()
                            .map(l -> new TransferLine(l.sku(), l.lot(), l.quantity()))
                            .toList());
        }
    }

    @Transactional
    public TransferView createTransfer(Caller caller, NewTransfer n) {
        UUID producer = producerFor(caller, n.producerId());
        SalePoint sp =
                locations
                        .salePoint(n.salePointId())
                        .filter(SalePoint::active)
                        .orElseThrow(
                                () ->
                                        OrdersError.UNKNOWN_SALE_POINT.refuse(
                                                "salePointId", "No such sale point"));
        List<FieldViolation> refusals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n.lines().size(); i++) {
            TransferLine l = n.lines().get(i);
            String field = "lines[" + i + "]";
            VariantRef ref = requireOwnVariant(producer, l.sku(), field + ".sku");
            String lot = lot(l);
            if (!seen.add(l.sku() + "|" + lot)) {
                refusals.add(OrdersError.INVALID_FIELD.at(field, "The same SKU and lot twice"));
            } else if (lot != null) {
                FieldViolation batch = orderability.batch(field + ".lot", ref.variant(), lot);
                if (batch != null) refusals.add(batch);
            }
        }
        if (!refusals.isEmpty()) throw Refusals.of(refusals);
        Instant now = clock.instant();
        Transfer t =
                new Transfer(
                        UUID.randomUUID(),
                        locations.defaultWarehouse(producer, now),
                        sp.locationId(),
                        producer,
                        n.lines().stream()
                                .map(l -> new Transfer.Line(l.sku(), lot(l), l.quantity()))
                                .toList(),
                        now,
                        caller.accountId(),
                        Transfer.Status.CREATED);
        transfers.add(t);
        return TransferView.of(t);
    }

    /** The producer's transfers (the member's own, or the named one for the office). */
    @ReadOnly
    public List<Transfer> transfersOf(Caller caller, UUID producerId) {
        return transfers.ofProducer(producerFor(caller, producerId), 200);
    }

    /** The producer sends the goods: they leave its warehouse (only unreserved stock may go). */
    @Transactional
    public TransferView ship(Caller caller, UUID transferId) {
        Transfer t = lockTransfer(transferId);
        if (!caller.mayActForProducer(t.producerId())) {
            throw OrdersError.NOT_YOURS.exception("Not your transfer");
        }
        t.ship();
        Instant now = clock.instant();
        List<StockLedger.Quantity> qs =
                StockLedger.merged(
                        t.lines().stream()
                                .map(
                                        l ->
                                                new StockLedger.Quantity(
                                                        t.fromLocation(), l.sku(), l.quantity()))
                                .toList());
        for (var q : qs) {
            if (!ledger.tryChange(
                    q,
                    -q.quantity(),
                    0,
                    "TRANSFER_OUT",
                    "transfer:" + t.id(),
                    null,
                    caller.accountId(),
                    now)) {
                throw OrdersError.NEGATIVE_STOCK.exception(
                        "Not enough unreserved stock of " + q.sku() + " to ship");
            }
        }
        transfers.saveStatus(t, caller.accountId(), now);
        report(Movements.SHIPPED, t, now);
        return TransferView.of(t);
    }

    /** The sale point receives the goods: they arrive at its location. */
    @Transactional
    public TransferView receive(Caller caller, UUID transferId) {
        Transfer t = lockTransfer(transferId);
        var to = locations.location(t.toLocation()).orElseThrow();
        if (!caller.mayActForSalePoint(to.salePointId())) {
            throw OrdersError.NOT_YOURS.exception("Not your sale point");
        }
        t.receive();
        Instant now = clock.instant();
        for (var q :
                StockLedger.merged(
                        t.lines().stream()
                                .map(
                                        l ->
                                                new StockLedger.Quantity(
                                                        t.toLocation(), l.sku(), l.quantity()))
                                .toList())) {
            var l = q;
            ledger.receive(
                    t.toLocation(),
                    l.sku(),
                    t.producerId(),
                    l.quantity(),
                    "TRANSFER_IN",
                    "transfer:" + t.id(),
                    null,
                    caller.accountId(),
                    now);
        }
        transfers.saveStatus(t, caller.accountId(), now);
        report(Movements.RECEIVED, t, now);
        return TransferView.of(t);
    }

    /** Lines with a lot become a shipping or receiving event of their batch, at the sale point. */
    private void report(String topic, Transfer t, Instant now) {
        if (t.lines().stream().allMatch(l -> l.lot() == null)) return;
        UUID salePointId = locations.location(t.toLocation()).orElseThrow().salePointId();
        SalePoint sp = locations.salePoint(salePointId).orElseThrow();
        List<Movements.Packs> packs = new ArrayList<>();
        for (Transfer.Line l : t.lines()) {
            if (l.lot() == null) continue;
            String gtin = products.variantBySku(l.sku()).map(r -> r.variant().gtin()).orElse(null);
            packs.add(new Movements.Packs(gtin, l.lot(), null, l.quantity()));
        }
        movements.report(topic, sp, t.id().toString(), now, packs);
    }

    private static String lot(TransferLine l) {
        return l.lot() == null || l.lot().isBlank() ? null : l.lot().strip();
    }

    private Transfer lockTransfer(UUID id) {
        return transfers
                .lock(id)
                .orElseThrow(() -> OrdersError.TRANSFER_NOT_FOUND.exception("No transfer"));
    }

    SalePoint salePoint(Caller caller, UUID salePointId) {
        SalePoint sp =
                locations
                        .salePoint(salePointId)
                        .orElseThrow(
                                () -> OrdersError.SALE_POINT_NOT_FOUND.exception("No sale point"));
        if (!caller.mayActForSalePoint(sp.id())) {
            throw OrdersError.NOT_YOURS.exception("Not your sale point");
        }
        return sp;
    }

    private UUID producerFor(Caller caller, UUID requested) {
        if (caller.isOffice()) {
            if (requested == null) {
                throw OrdersError.INVALID_FIELD.refuse("producerId", "The office names a producer");
            }
            if (products.producer(requested).isEmpty()) {
                throw OrdersError.INVALID_FIELD.refuse("producerId", "No such producer");
            }
            return requested;
        }
        if (caller.producerId() == null
                || (requested != null && !requested.equals(caller.producerId()))) {
            throw OrdersError.NOT_YOURS.exception("Members act for their own producer only");
        }
        return caller.producerId();
    }

    private void requireOwnVariant(UUID producer, String sku) {
        requireOwnVariant(producer, sku, "sku");
    }

    private VariantRef requireOwnVariant(UUID producer, String sku, String field) {
        VariantRef ref =
                products.variantBySku(sku)
                        .orElseThrow(
                                () ->
                                        OrdersError.UNKNOWN_VARIANT.refuse(
                                                field, "No variant " + sku));
        ProductView product = products.product(ref.productId()).orElseThrow();
        if (!product.producerIds().contains(producer)) {
            throw OrdersError.NOT_YOURS.refuse(field, sku + " is not this producer's product");
        }
        return ref;
    }
}
