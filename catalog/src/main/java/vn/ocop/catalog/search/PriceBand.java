package vn.ocop.catalog.search;

/** The price bands of the price facet, in VND: [from, to), the last one open. */
public enum PriceBand {
    UNDER_100K(0, 100_000L),
    FROM_100K_TO_300K(100_000, 300_000L),
    FROM_300K_TO_1M(300_000, 1_000_000L),
    FROM_1M(1_000_000, null);

    private final long from;
    private final Long to;

    PriceBand(long from, Long to) {
        this.from = from;
        this.to = to;
    }

    public long from() {
        return from;
    }

    /** The band that holds a price. */
    public static PriceBand of(long price) {
        for (PriceBand band : values()) {
            if (band.to == null || price < band.to) {
                return band;
            }
        }
        throw new IllegalStateException("The top band is open");
    }

    /** Exclusive upper bound; null for the top band. */
    public Long to() {
        return to;
    }
}
