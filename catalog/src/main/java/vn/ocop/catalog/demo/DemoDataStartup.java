package vn.ocop.catalog.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.util.StringUtils;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code OCOP_DEMO_DATA=true}, fills an empty catalogue on start-up. A failure is logged and
 * the application starts anyway, with an empty catalogue: demo data must never keep a shop closed.
 */
@Singleton
@Requires(property = "ocop.demo-data", value = StringUtils.TRUE)
class DemoDataStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataStartup.class);

    private final DemoCatalogue demo;

    DemoDataStartup(DemoCatalogue demo) {
        this.demo = demo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            demo.loadIfEmpty();
        } catch (RuntimeException e) {
            LOG.error("Demo data could not be loaded; the catalogue stays empty", e);
        }
    }
}
