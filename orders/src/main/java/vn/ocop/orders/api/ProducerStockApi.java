package vn.ocop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * What the producer's stock page asks of orders: the warehouse's stock per variant, adjustments
 * with a reason, and transfers to sale points. The same use cases and rules as {@code
 * /api/v1/producer/stock} and {@code /api/v1/producer/transfers}; a member acts for its own
 * producer only ({@code orders.not-yours}, 403).
 */
public interface ProducerStockApi {

    /** Stock per variant (SKU) at the member's producer's warehouse. */
    List<StockLevel> levels(Caller caller);

    /**
     * One adjustment.
     *
     * @throws vn.ocop.kernel.DomainException 422 naming the refused field
     */
    StockLevel adjust(Caller caller, StockAdjustment adjustment);

    /** The active sale points goods may be sent to, by name. */
    List<SalePointChoice> salePoints();

    /** The producer's transfers, newest first. */
    List<TransferSummary> transfers(Caller caller);

    TransferSummary createTransfer(Caller caller, NewTransfer transfer);

    /** Sends a created transfer: the goods leave the warehouse. */
    TransferSummary ship(Caller caller, UUID transferId);

    record StockLevel(String sku, long onHand, long reserved, long available) {}

    /**
     * @param reason RECEIVE (goods in), COUNT (the counted stock) or DAMAGE (written off)
     * @param quantity for COUNT the counted stock, otherwise the change (more than zero)
     */
    record StockAdjustment(String sku, String reason, Long quantity, String note) {}

    record SalePointChoice(UUID id, String name, String provinceCode) {}

    record TransferLine(String sku, String lot, long quantity) {}

    record NewTransfer(UUID salePointId, List<TransferLine> lines) {}

    /**
     * @param status CREATED, SHIPPED, RECEIVED or CANCELLED
     */
    record TransferSummary(
            UUID id,
            UUID salePointId,
            String salePointName,
            String status,
            Instant createdAt,
            List<TransferLine> lines) {

        public boolean shippable() {
            return "CREATED".equals(status);
        }
    }
}
