package vn.ocop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_subtracts_and_multiplies_whole_dong() {
        Money price = Money.vnd(120_000);
        assertThat(price.times(3).plus(Money.vnd(30_000))).isEqualTo(Money.vnd(390_000));
        assertThat(price.minus(Money.vnd(150_000)).isNegative()).isTrue();
        assertThat(price.isGreaterThan(Money.ZERO)).isTrue();
        assertThat(price.compareTo(Money.vnd(120_000))).isZero();
    }

    @Test
    void refuses_to_overflow_silently() {
        assertThatThrownBy(() -> Money.vnd(Long.MAX_VALUE).plus(Money.vnd(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.vnd(Long.MAX_VALUE / 2 + 1).times(2))
                .isInstanceOf(ArithmeticException.class);
    }
}
