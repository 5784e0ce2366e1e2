package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.ProducerStockApi;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.domain.Transfer;
import vn.ocop.orders.persistence.JdbcLocations;
import vn.ocop.platform.identity.api.Caller;

/**
 * {@link ProducerStockApi} over {@link StockService}: the checks the REST endpoints get from bean
 * validation are made here, each naming its field, before the service's own rules.
 */
@Singleton
class ProducerStockFacade implements ProducerStockApi {

    private static final long MAX_QUANTITY = 1_000_000;

    private final StockService stock;
    private final SalePointService salePoints;
    private final JdbcLocations locations;

    ProducerStockFacade(StockService stock, SalePointService salePoints, JdbcLocations locations) {
        this.stock = stock;
        this.salePoints = salePoints;
        this.locations = locations;
    }

    @Override
    public List<StockLevel> levels(Caller caller) {
        return stock.levels(caller, null).stream()
                .map(l -> new StockLevel(l.sku(), l.onHand(), l.reserved(), l.available()))
                .toList();
    }

    @Override
    public StockLevel adjust(Caller caller, StockAdjustment a) {
        List<FieldViolation> refused = new ArrayList<>();
        String sku = blankToNull(a.sku());
        if (sku == null) {
            refused.add(OrdersError.INVALID_FIELD.at("sku", "Required"));
        } else if (sku.length() > 64) {
            refused.add(OrdersError.INVALID_FIELD.at("sku", "At most 64 characters"));
        }
        StockService.Reason reason = reason(a.reason());
        if (reason == null) {
            refused.add(OrdersError.INVALID_FIELD.at("reason", "RECEIVE, COUNT or DAMAGE"));
        }
        if (a.quantity() == null || a.quantity() < 0 || a.quantity() > MAX_QUANTITY) {
            refused.add(OrdersError.INVALID_FIELD.at("quantity", "0 to 1,000,000"));
        }
        String note = blankToNull(a.note());
        if (note != null && note.length() > 500) {
            refused.add(OrdersError.INVALID_FIELD.at("note", "At most 500 characters"));
        }
        if (!refused.isEmpty()) {
            throw Refusals.of(refused);
        }
        var level =
                stock.adjust(
                        caller, new StockService.Adjust(null, sku, reason, a.quantity(), note));
        return new StockLevel(level.sku(), level.onHand(), level.reserved(), level.available());
    }

    @Override
    public List<SalePointChoice> salePoints() {
        return salePoints.list().stream()
                .filter(SalePoint::active)
                .map(sp -> new SalePointChoice(sp.id(), sp.name(), sp.provinceCode()))
                .toList();
    }

    @Override
    @ReadOnly
    public List<TransferSummary> transfers(Caller caller) {
        Map<UUID, Optional<SalePoint>> byLocation = new HashMap<>();
        return stock.transfersOf(caller, null).stream()
                .map(
                        t -> {
                            Optional<SalePoint> sp =
                                    byLocation.computeIfAbsent(t.toLocation(), this::salePointAt);
                            return summary(t, sp.orElse(null));
                        })
                .toList();
    }

    @Override
    @Transactional
    public TransferSummary createTransfer(Caller caller, NewTransfer transfer) {
        List<FieldViolation> refused = new ArrayList<>();
        if (transfer.salePointId() == null) {
            refused.add(OrdersError.INVALID_FIELD.at("salePointId", "Required"));
        }
        List<TransferLine> lines = transfer.lines() == null ? List.of() : transfer.lines();
        if (lines.isEmpty() || lines.size() > 100) {
            refused.add(OrdersError.INVALID_FIELD.at("lines", "1 to 100 lines"));
        }
        List<StockService.TransferLine> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TransferLine l = lines.get(i);
            String at = "lines[" + i + "].";
            String sku = blankToNull(l.sku());
            String lot = blankToNull(l.lot());
            if (sku == null || sku.length() > 64) {
                refused.add(OrdersError.INVALID_FIELD.at(at + "sku", "Required, at most 64"));
            }
            if (lot != null && lot.length() > 20) {
                refused.add(OrdersError.INVALID_FIELD.at(at + "lot", "At most 20 characters"));
            }
            if (l.quantity() <= 0 || l.quantity() > MAX_QUANTITY) {
                refused.add(OrdersError.INVALID_FIELD.at(at + "quantity", "1 to 1,000,000"));
            }
            checked.add(new StockService.TransferLine(sku, lot, l.quantity()));
        }
        if (!refused.isEmpty()) {
            throw Refusals.of(refused);
        }
        var created =
                stock.createTransfer(
                        caller,
                        new StockService.NewTransfer(null, transfer.salePointId(), checked));
        return summary(created);
    }

    @Override
    @Transactional
    public TransferSummary ship(Caller caller, UUID transferId) {
        return summary(stock.ship(caller, transferId));
    }

    private TransferSummary summary(StockService.TransferView t) {
        SalePoint sp = salePointAt(t.toLocationId()).orElse(null);
        return new TransferSummary(
                t.id(),
                sp == null ? null : sp.id(),
                sp == null ? null : sp.name(),
                t.status(),
                null,
                t.lines().stream()
                        .map(l -> new TransferLine(l.sku(), l.lot(), l.quantity()))
                        .toList());
    }

    private static TransferSummary summary(Transfer t, SalePoint sp) {
        return new TransferSummary(
                t.id(),
                sp == null ? null : sp.id(),
                sp == null ? null : sp.name(),
                t.status().name(),
                t.createdAt(),
                t.lines().stream()
                        .map(l -> new TransferLine(l.sku(), l.lot(), l.quantity()))
                        .toList());
    }

    private Optional<SalePoint> salePointAt(UUID locationId) {
        return locations
                .location(locationId)
                .filter(l -> l.salePointId() != null)
                .flatMap(l -> locations.salePoint(l.salePointId()));
    }

    private static StockService.Reason reason(String text) {
        if (text == null) {
            return null;
        }
        try {
            return StockService.Reason.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
