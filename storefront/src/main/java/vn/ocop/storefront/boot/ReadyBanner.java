package vn.ocop.storefront.boot;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the app where to open it. */
@Singleton
class ReadyBanner {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void onReady(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.info(
                "\n  OCOP Market is ready in {} ms\n"
                        + "    shop:     {}/\n"
                        + "    log in:   {}/login  (office admin: see the first-start message or"
                        + " OCOP_ADMIN_EMAIL / OCOP_ADMIN_PASSWORD)\n"
                        + "    API docs: {}/swagger-ui/  (spec: {}/swagger/ocop-market-api-v1.yml)\n"
                        + "    health:   {}/health    metrics: {}/prometheus",
                uptime,
                base,
                base,
                base,
                base,
                base,
                base);
    }
}
