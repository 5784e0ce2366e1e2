package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A catalogue search as a shopper asks it. Every part is optional; a blank query lists the
 * catalogue by stars.
 *
 * @param q words as typed, with or without diacritics ("nuoc mam cat hai"), at most 200 characters
 * @param group an OCOP product group code ({@code FOOD}, {@code DRINKS}…)
 * @param subgroup a subgroup code, which must belong to {@code group} when both are given
 * @param province a province code or any of its names, old or new ("quang nam" means Đà Nẵng)
 * @param minStars 1 to 5
 * @param priceMin lowest price in VND (inclusive); a product matches when one of its variants is
 *     priced within [priceMin, priceMax]
 * @param priceMax highest price in VND (inclusive)
 * @param producerId only products of this producer
 * @param sort {@link ProductSort#RELEVANCE} when absent
 * @param page 1-based page number, 1 when absent; {@code page × size} at most 10,000
 * @param size hits per page, 1 to 100, 20 when absent
 */
@Serdeable
public record ProductSearchQuery(
        @Nullable String q,
        @Nullable String group,
        @Nullable String subgroup,
        @Nullable String province,
        @Nullable Integer minStars,
        @Nullable Long priceMin,
        @Nullable Long priceMax,
        @Nullable UUID producerId,
        @Nullable ProductSort sort,
        @Nullable Integer page,
        @Nullable Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 200;

    /** Deepest result reachable by paging ({@code page × size}). */
    public static final int MAX_WINDOW = 10_000;

    /** Just words, everything else by default. */
    public static ProductSearchQuery text(String q) {
        return new ProductSearchQuery(
                q, null, null, null, null, null, null, null, null, null, null);
    }
}
