package vn.ocop.platform.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code ocop.outbox.retry.*}: when a failed message is tried again and when it is given up.
 *
 * @param maxAttempts deliveries before the message becomes a dead letter
 * @param baseDelay delay after the first failure, doubled after each further one
 * @param maxDelay the longest delay; also the delay for a topic with no handler
 * @param jitter the largest random fraction taken off each delay (0 to 1)
 */
@ConfigurationProperties("ocop.outbox.retry")
record RetrySettings(
        @Min(1) int maxAttempts,
        @NotNull Duration baseDelay,
        @NotNull Duration maxDelay,
        @DecimalMin("0.0") @DecimalMax("1.0") double jitter) {}
