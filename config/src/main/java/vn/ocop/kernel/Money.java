package vn.ocop.kernel;

/**
 * An amount of Vietnamese đồng. VND has no minor unit in practice, so the amount is a whole number
 * of đồng held in a {@code long}; arithmetic fails loudly on overflow instead of wrapping.
 */
public record Money(long vnd) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money vnd(long amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(vnd, other.vnd));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(vnd, other.vnd));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(vnd, quantity));
    }

    public boolean isNegative() {
        return vnd < 0;
    }

    public boolean isGreaterThan(Money other) {
        return vnd > other.vnd;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(vnd, other.vnd);
    }

    @Override
    public String toString() {
        return vnd + " VND";
    }
}
