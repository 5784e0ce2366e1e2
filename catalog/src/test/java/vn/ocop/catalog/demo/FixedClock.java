package vn.ocop.catalog.demo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Stops the clock where the demo data was written ({@code ocop.test.clock}), so that the demo
 * certificates, valid for 36 months, do not lapse under the test in a few years.
 */
@Factory
@Requires(property = "ocop.test.clock")
class FixedClock {
    @Singleton
    @Replaces(Clock.class)
    Clock clock(@Value("${ocop.test.clock}") String now) {
        return Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
