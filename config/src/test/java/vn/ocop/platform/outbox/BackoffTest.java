package vn.ocop.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final double NO_LUCK = 0.0;
    private static final double ALMOST_ONE = Math.nextDown(1.0);

    @Test
    void doubles_from_the_base_after_each_failure_until_the_cap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0, () -> 0.5);

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitter_takes_off_at_most_the_configured_fraction_and_never_exceeds_the_cap() {
        Duration cap = Duration.ofSeconds(10);

        assertThat(new Backoff(Duration.ofSeconds(1), cap, 0.2, () -> NO_LUCK).after(3))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(new Backoff(Duration.ofSeconds(1), cap, 0.2, () -> ALMOST_ONE).after(3))
                .isEqualTo(Duration.ofMillis(3200));
        assertThat(new Backoff(Duration.ofSeconds(1), cap, 0.2, () -> NO_LUCK).after(20))
                .isEqualTo(cap);
        assertThat(new Backoff(Duration.ofSeconds(1), cap, 0.2, () -> ALMOST_ONE).after(20))
                .isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void with_jitter_below_one_half_each_delay_is_longer_than_the_one_before_until_the_cap() {
        Duration base = Duration.ofMillis(200);
        Duration cap = Duration.ofHours(1);
        Backoff longest = new Backoff(base, cap, 0.4, () -> NO_LUCK);
        Backoff shortest = new Backoff(base, cap, 0.4, () -> ALMOST_ONE);

        for (int failures = 1; failures < 14; failures++) {
            assertThat(shortest.after(failures + 1)).isGreaterThan(longest.after(failures));
        }
    }

    @Test
    void refuses_a_cap_below_the_base_a_jitter_outside_zero_to_one_and_zero_failures() {
        assertThatThrownBy(
                        () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new Backoff(
                                        Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, () -> 0);
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
