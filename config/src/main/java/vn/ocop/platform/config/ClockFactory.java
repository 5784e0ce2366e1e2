package vn.ocop.platform.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * One clock for the whole application, on Vietnamese time: validity dates, expiry jobs and "today"
 * are local dates there. Tests replace it.
 */
@Factory
class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
