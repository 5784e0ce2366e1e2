package vn.ocop.platform.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Throttles password guessing per identifier: after N failures inside the window, further attempts
 * are refused until the oldest failure leaves the window. Kept in PostgreSQL so it holds across app
 * instances and restarts.
 */
@Singleton
class LoginThrottle {

    private final JdbcOperations jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcOperations jdbc,
            @Value("${ocop.login-throttle.max-failures:5}") int maxFailures,
            @Value("${ocop.login-throttle.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the identifier must still wait, or empty when it may try now. */
    @ReadOnly
    Optional<Duration> retryAfter(String identifier) {
        Instant since = Instant.now().minus(window);
        return jdbc.prepareStatement(
                "SELECT count(*), min(failed_at) FROM platform.login_failures"
                        + " WHERE identifier = ? AND failed_at > ?",
                ps -> {
                    ps.setString(1, identifier);
                    ps.setTimestamp(2, Timestamp.from(since));
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) < maxFailures) {
                            return Optional.empty();
                        }
                        Instant oldest = rs.getTimestamp(2).toInstant();
                        Duration wait = Duration.between(Instant.now(), oldest.plus(window));
                        return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
                    }
                });
    }

    @Transactional
    void recordFailure(String identifier) {
        jdbc.prepareStatement(
                "INSERT INTO platform.login_failures (identifier) VALUES (?)",
                ps -> {
                    ps.setString(1, identifier);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    void reset(String identifier) {
        jdbc.prepareStatement(
                "DELETE FROM platform.login_failures WHERE identifier = ?",
                ps -> {
                    ps.setString(1, identifier);
                    return ps.executeUpdate();
                });
    }
}
