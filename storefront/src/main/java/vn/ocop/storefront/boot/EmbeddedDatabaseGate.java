package vn.ocop.storefront.boot;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.database.api.DatabaseStartup;

/**
 * Holds the data source's creation until the embedded PostgreSQL that {@link BootEnvironment}
 * starts in the background accepts connections. It waits on the data source's configuration, which
 * the connection pool is built from: the pool connects as soon as it exists. The schema migrations,
 * which begin before the data source exists, wait for the server through {@link DatabaseStartup}.
 */
@Singleton
@Requires(property = BootEnvironment.EMBEDDED_PORT_PROPERTY)
class EmbeddedDatabaseGate
        implements BeanCreatedEventListener<BasicJdbcConfiguration>, DatabaseStartup {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseGate.class);

    private final int port;

    EmbeddedDatabaseGate(@Property(name = BootEnvironment.EMBEDDED_PORT_PROPERTY) int port) {
        this.port = port;
    }

    @Override
    public BasicJdbcConfiguration onCreated(BeanCreatedEvent<BasicJdbcConfiguration> event) {
        long start = System.nanoTime();
        BootEnvironment.awaitEmbeddedDatabase(port);
        LOG.info(
                "Data source {} waited {} ms for the embedded PostgreSQL",
                event.getBean().getName(),
                (System.nanoTime() - start) / 1_000_000);
        return event.getBean();
    }

    @Override
    public void awaitReady() {
        BootEnvironment.awaitEmbeddedDatabase(port);
    }
}
