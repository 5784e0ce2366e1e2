package vn.ocop.catalog.search;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application clock on Vietnamese time, movable by tests that need a date to pass (a
 * certificate lapsing). Only in contexts with {@code ocop.test.mutable-clock=true}.
 */
class MutableClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Factory
    @Requires(property = "ocop.test.mutable-clock", value = "true")
    static class Installer {
        @Singleton
        @Replaces(Clock.class)
        MutableClock clock() {
            return new MutableClock();
        }
    }
}
