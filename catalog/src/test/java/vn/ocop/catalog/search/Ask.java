package vn.ocop.catalog.search;

import java.util.UUID;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSort;

/** A search query built up in a test: {@code ask("nuoc mam").group("FOOD").sort(PRICE_ASC)}. */
record Ask(
        String q,
        String group,
        String subgroup,
        String province,
        Integer minStars,
        Long priceMin,
        Long priceMax,
        UUID producer,
        ProductSort sort,
        Integer page,
        Integer size) {

    static Ask ask(String q) {
        return new Ask(q, null, null, null, null, null, null, null, null, null, null);
    }

    static Ask everything() {
        return ask(null);
    }

    Ask group(String value) {
        return new Ask(
                q, value, subgroup, province, minStars, priceMin, priceMax, producer, sort, page,
                size);
    }

    Ask subgroup(String value) {
        return new Ask(
                q, group, value, province, minStars, priceMin, priceMax, producer, sort, page,
                size);
    }

    Ask province(String value) {
        return new Ask(
                q, group, subgroup, value, minStars, priceMin, priceMax, producer, sort, page,
                size);
    }

    Ask minStars(int value) {
        return new Ask(
                q, group, subgroup, province, value, priceMin, priceMax, producer, sort, page,
                size);
    }

    Ask prices(Long min, Long max) {
        return new Ask(
                q, group, subgroup, province, minStars, min, max, producer, sort, page, size);
    }

    Ask producer(UUID value) {
        return new Ask(
                q, group, subgroup, province, minStars, priceMin, priceMax, value, sort, page,
                size);
    }

    Ask sort(ProductSort value) {
        return new Ask(
                q, group, subgroup, province, minStars, priceMin, priceMax, producer, value, page,
                size);
    }

    Ask page(int number, int perPage) {
        return new Ask(
                q, group, subgroup, province, minStars, priceMin, priceMax, producer, sort, number,
                perPage);
    }

    ProductSearchQuery query() {
        return new ProductSearchQuery(
                q, group, subgroup, province, minStars, priceMin, priceMax, producer, sort, page,
                size);
    }
}
