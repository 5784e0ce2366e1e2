package vn.ocop.storefront.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The search page's state as it stands in its URL ({@code /tim-kiem?q=…&group=…}), and the links
 * that change one part of it. Changing a filter or the sort goes back to page 1.
 */
public record SearchParams(
        String q,
        String group,
        String province,
        Integer minStars,
        Long priceMin,
        Long priceMax,
        String sort,
        Integer page) {

    public static final String PATH = "/tim-kiem";

    public String query() {
        return q == null ? "" : q;
    }

    public boolean hasFilter() {
        return group != null
                || province != null
                || minStars != null
                || priceMin != null
                || priceMax != null;
    }

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public String url() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q == null || q.isBlank() ? null : q);
        values.put("group", group);
        values.put("province", province);
        values.put("minStars", minStars);
        values.put("priceMin", priceMin);
        values.put("priceMax", priceMax);
        values.put("sort", sort);
        values.put("page", page == null || page == 1 ? null : page);
        StringJoiner query = new StringJoiner("&");
        values.forEach(
                (name, value) -> {
                    if (value != null) {
                        query.add(name + "=" + encode(value.toString()));
                    }
                });
        return query.length() == 0 ? PATH : PATH + "?" + query;
    }

    public String withGroup(String value) {
        return new SearchParams(q, value, province, minStars, priceMin, priceMax, sort, null).url();
    }

    public String withProvince(String value) {
        return new SearchParams(q, group, value, minStars, priceMin, priceMax, sort, null).url();
    }

    public String withMinStars(Integer value) {
        return new SearchParams(q, group, province, value, priceMin, priceMax, sort, null).url();
    }

    public String withPrice(Long min, Long max) {
        return new SearchParams(q, group, province, minStars, min, max, sort, null).url();
    }

    public String withPage(int value) {
        return new SearchParams(q, group, province, minStars, priceMin, priceMax, sort, value)
                .url();
    }

    public String cleared() {
        return new SearchParams(q, null, null, null, null, null, sort, null).url();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
