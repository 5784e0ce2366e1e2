package vn.ocop.orders.application;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.ProducerDashboardApi;
import vn.ocop.orders.domain.FulfilmentStatus;
import vn.ocop.platform.identity.api.Caller;

/**
 * The producer dashboard's figures from the same queries the fulfilment and stock endpoints use.
 * Fulfilments are counted among the producer's most recent orders (the list the fulfilment page
 * shows).
 */
@Singleton
class ProducerDashboardFacade implements ProducerDashboardApi {

    private final OrderQueries orders;
    private final StockService stock;

    ProducerDashboardFacade(OrderQueries orders, StockService stock) {
        this.orders = orders;
        this.stock = stock;
    }

    @Override
    public ProducerDashboard dashboard(Caller caller, UUID producerId, long lowStockBelow) {
        if (!caller.mayActForProducer(producerId)) {
            throw OrdersError.NOT_YOURS.exception("Members act for their own producer only");
        }
        List<String> statuses =
                orders.forProducerOrOffice(caller).stream()
                        .flatMap(o -> o.fulfilments().stream())
                        .filter(f -> producerId.equals(f.producerId()))
                        .map(OrderView.FulfilmentView::status)
                        .toList();
        int toPack = count(statuses, FulfilmentStatus.TO_PACK);
        int toShip = count(statuses, FulfilmentStatus.PACKED);
        List<LowStock> low =
                stock.levels(caller, producerId).stream()
                        .filter(l -> l.available() < lowStockBelow)
                        .sorted(Comparator.comparingLong(StockService.LevelView::available))
                        .map(l -> new LowStock(l.sku(), l.onHand(), l.reserved(), l.available()))
                        .toList();
        return new ProducerDashboard(toPack, toShip, low);
    }

    private static int count(List<String> statuses, FulfilmentStatus status) {
        return (int) statuses.stream().filter(status.name()::equals).count();
    }
}
