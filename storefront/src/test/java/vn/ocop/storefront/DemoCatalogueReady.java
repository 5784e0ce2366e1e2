package vn.ocop.storefront;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import vn.ocop.catalog.api.CatalogTopics;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.platform.outbox.api.OutboxAdmin;

/**
 * Waits until the demo catalogue, loaded at start-up, has reached search <em>and</em> the outbox
 * has no {@code catalog.product-changed} message left to deliver. Both matter: the loader's
 * transaction emits several {@code catalog.product-changed} messages per product, and search
 * already counts all 140 products after the first of them. A test that then changes a product
 * behind the outbox's back (as the lapsed-certificate test does, standing in for the nightly job)
 * would otherwise have that product re-read and dropped by one of the messages still queued, and
 * every later wait for 140 products would time out (seen in CI before this wait existed).
 */
public final class DemoCatalogueReady {

    /** The demo catalogue publishes 140 products (catalog/src/main/resources/demo/README.md). */
    public static final int VISIBLE_PRODUCTS = 140;

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private DemoCatalogueReady() {}

    /**
     * Polls search and the outbox, delivering due messages itself too (as an operator's "deliver
     * now" does), for at most 90 s.
     *
     * @throws IllegalStateException when the catalogue is not searchable and settled in time
     */
    public static void await(ProductSearchApi search, OutboxAdmin outbox, DataSource dataSource)
            throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        ProductSearchQuery all = ProductSearchQuery.text(null);
        while (true) {
            long indexed = search.search(all).total();
            long pending = pendingMessages(dataSource);
            if (indexed >= VISIBLE_PRODUCTS && pending == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The demo catalogue did not settle in "
                                + LIMIT
                                + ": "
                                + indexed
                                + " products searchable, "
                                + pending
                                + " outbox messages pending");
            }
            if (outbox.drainOnce() == 0) {
                Thread.sleep(100);
            }
        }
    }

    private static long pendingMessages(DataSource dataSource) {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "SELECT count(*) FROM platform.outbox_messages"
                                        + " WHERE status = 'PENDING' AND topic = ?")) {
            count.setString(1, CatalogTopics.PRODUCT_CHANGED);
            ResultSet rs = count.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count outbox messages", e);
        }
    }
}
