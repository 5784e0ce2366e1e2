package vn.ocop.platform.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter: after the n-th failed attempt wait {@code base * 2^(n-1)},
 * capped at {@code max}, minus a random fraction of up to {@code jitter}. Taking the jitter off
 * (rather than adding it) keeps every delay within the cap, and with a jitter below one half each
 * delay stays longer than the one before until the cap is reached.
 */
final class Backoff {

    private final long baseMillis;
    private final long maxMillis;
    private final double jitter;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration max, double jitter, DoubleSupplier random) {
        if (base.isNegative() || max.compareTo(base) < 0 || jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException(
                    "Back-off needs 0 <= base <= max and 0 <= jitter <= 1, got base "
                            + base
                            + ", max "
                            + max
                            + ", jitter "
                            + jitter);
        }
        this.baseMillis = base.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
        this.random = random;
    }

    static Backoff of(RetrySettings settings) {
        return new Backoff(
                settings.baseDelay(),
                settings.maxDelay(),
                settings.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The delay before the next attempt, after {@code failedAttempts} (1 or more) failures. */
    Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be >= 1: " + failedAttempts);
        }
        int doublings = Math.min(failedAttempts - 1, 62);
        long exponential =
                baseMillis > (maxMillis >> doublings) ? maxMillis : baseMillis << doublings;
        long capped = Math.min(exponential, maxMillis);
        return Duration.ofMillis(Math.round(capped * (1 - jitter * random.getAsDouble())));
    }

    Duration max() {
        return Duration.ofMillis(maxMillis);
    }
}
