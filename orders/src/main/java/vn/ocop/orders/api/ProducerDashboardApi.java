package vn.ocop.orders.api;

import java.util.List;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * What a producer's dashboard shows of orders and stock: how many fulfilments wait to be packed or
 * shipped, and which variants run low at the producer's warehouse. Members see only their own
 * producer (the office names one).
 */
public interface ProducerDashboardApi {

    /**
     * @param lowStockBelow a variant is low when fewer than this many are available (on hand less
     *     reserved)
     * @throws vn.ocop.kernel.DomainException {@code orders.not-yours} for another producer
     */
    ProducerDashboard dashboard(Caller caller, UUID producerId, long lowStockBelow);

    /**
     * @param toPack fulfilments paid (or COD) and not yet packed
     * @param toShip fulfilments packed, waiting for the courier
     * @param lowStock variants under the threshold, fewest available first
     */
    record ProducerDashboard(int toPack, int toShip, List<LowStock> lowStock) {
        public int toFulfil() {
            return toPack + toShip;
        }
    }

    record LowStock(String sku, long onHand, long reserved, long available) {}
}
