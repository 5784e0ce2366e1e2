package vn.ocop.storefront.producer;

import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi.ExpiringCertificate;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.orders.api.ProducerDashboardApi.ProducerDashboard;

/**
 * The producer's dashboard: its name, the orders and stock figures, certificates ending within
 * {@code expiryDays} days, and how many listings are in each state.
 */
public record DashboardPage(
        ProducerView producer,
        ProducerDashboard figures,
        long lowStockBelow,
        int expiryDays,
        List<ExpiringCertificate> expiring,
        Map<ListingStatus, Long> listingsByStatus) {

    public long listings(ListingStatus status) {
        return listingsByStatus.getOrDefault(status, 0L);
    }

    public long listingsTotal() {
        return listingsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<ListingStatus> statuses() {
        return List.of(ListingStatus.values());
    }
}
