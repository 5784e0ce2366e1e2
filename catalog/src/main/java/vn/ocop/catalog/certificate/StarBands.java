package vn.ocop.catalog.certificate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Score → stars. The provinces publish bands with integer ends (90–100 → 5★, 70–89 → 4★, 50–69 →
 * 3★, 30–49 → 2★, below 30 → 1★); an averaged score such as 89.5 falls between, so the rule is "at
 * least the band's lower bound". The four lower bounds are configurable.
 */
public record StarBands(BigDecimal five, BigDecimal four, BigDecimal three, BigDecimal two) {

    public static final StarBands DEFAULT =
            new StarBands(
                    BigDecimal.valueOf(90),
                    BigDecimal.valueOf(70),
                    BigDecimal.valueOf(50),
                    BigDecimal.valueOf(30));

    public StarBands {
        if (!(five.compareTo(four) > 0
                && four.compareTo(three) > 0
                && three.compareTo(two) > 0
                && two.signum() > 0
                && five.compareTo(BigDecimal.valueOf(100)) <= 0)) {
            throw new IllegalArgumentException("Star bands must fall from 5★ to 2★ within 0–100");
        }
    }

    public static StarBands of(List<Integer> lowerBounds) {
        if (lowerBounds.size() != 4) {
            throw new IllegalArgumentException("Four lower bounds (5★, 4★, 3★, 2★) expected");
        }
        return new StarBands(
                BigDecimal.valueOf(lowerBounds.get(0)), BigDecimal.valueOf(lowerBounds.get(1)),
                BigDecimal.valueOf(lowerBounds.get(2)), BigDecimal.valueOf(lowerBounds.get(3)));
    }

    public int starsFor(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Score out of 0–100: " + score);
        }
        if (score.compareTo(five) >= 0) {
            return 5;
        }
        if (score.compareTo(four) >= 0) {
            return 4;
        }
        if (score.compareTo(three) >= 0) {
            return 3;
        }
        return score.compareTo(two) >= 0 ? 2 : 1;
    }
}
