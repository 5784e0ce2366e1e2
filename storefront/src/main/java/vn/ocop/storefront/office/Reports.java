package vn.ocop.storefront.office;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.CertifiedCount;
import vn.ocop.catalog.api.OfficeCatalogApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProvinceTarget;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.orders.api.OrderReportsApi;
import vn.ocop.orders.api.OrderReportsApi.Channel;
import vn.ocop.orders.api.OrderReportsApi.MonthlySales;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.traceability.api.OfficeTraceabilityApi;

/** Builds the office's reports from the modules' figures, in the page's language. */
@Singleton
class Reports {

    static final List<String> KEYS =
            List.of("stars", "groups", "provinces", "sales", "products", "scans");
    static final int TOP_PRODUCTS = 10;

    private final OfficeCatalogApi office;
    private final CatalogApi catalog;
    private final PlacesApi places;
    private final OrderReportsApi orders;
    private final OfficeTraceabilityApi traceability;

    Reports(
            OfficeCatalogApi office,
            CatalogApi catalog,
            PlacesApi places,
            OrderReportsApi orders,
            OfficeTraceabilityApi traceability) {
        this.office = office;
        this.catalog = catalog;
        this.places = places;
        this.orders = orders;
        this.traceability = traceability;
    }

    /** Every report of the year, in page order. */
    List<Report> all(PageContext ctx, int year) {
        List<CertifiedCount> certified = office.certifiedProducts();
        return List.of(
                stars(ctx, certified),
                groups(ctx, certified),
                provinces(ctx, certified, year),
                sales(ctx, year),
                products(ctx, year),
                scans(ctx, year));
    }

    Optional<Report> one(PageContext ctx, String key, int year) {
        return switch (key) {
            case "stars" -> Optional.of(stars(ctx, office.certifiedProducts()));
            case "groups" -> Optional.of(groups(ctx, office.certifiedProducts()));
            case "provinces" -> Optional.of(provinces(ctx, office.certifiedProducts(), year));
            case "sales" -> Optional.of(sales(ctx, year));
            case "products" -> Optional.of(products(ctx, year));
            case "scans" -> Optional.of(scans(ctx, year));
            default -> Optional.empty();
        };
    }

    Report stars(PageContext ctx, List<CertifiedCount> certified) {
        Map<Integer, Long> byStars = sum(certified, CertifiedCount::stars);
        List<Report.Row> rows = new ArrayList<>();
        for (int stars = 3; stars <= 5; stars++) {
            rows.add(
                    new Report.Row(
                            ctx.t("office.report.starsLabel", Map.of("stars", stars)),
                            List.of(byStars.getOrDefault(stars, 0L))));
        }
        return new Report(
                "stars",
                ctx.t("office.report.stars"),
                ctx.t("office.report.col.stars"),
                List.of(ctx.t("office.report.col.certified")),
                rows,
                "bar",
                List.of(0));
    }

    Report groups(PageContext ctx, List<CertifiedCount> certified) {
        Map<String, Long> byGroup = sum(certified, CertifiedCount::groupCode);
        List<Report.Row> rows = new ArrayList<>();
        for (ProductGroupView group : catalog.productGroups()) {
            rows.add(
                    new Report.Row(
                            group.name(ctx.locale()),
                            List.of(byGroup.getOrDefault(group.code(), 0L))));
        }
        return new Report(
                "groups",
                ctx.t("office.report.groups"),
                ctx.t("office.report.col.group"),
                List.of(ctx.t("office.report.col.certified")),
                rows,
                "bar",
                List.of(0));
    }

    /** Provinces with certified products or a target, most certified first. */
    Report provinces(PageContext ctx, List<CertifiedCount> certified, int year) {
        Map<String, Long> actual = sum(certified, CertifiedCount::provinceCode);
        Map<String, Long> targets =
                office.targets(year).stream()
                        .collect(
                                Collectors.groupingBy(
                                        ProvinceTarget::provinceCode,
                                        TreeMap::new,
                                        Collectors.summingLong(ProvinceTarget::target)));
        List<String> codes = new ArrayList<>(actual.keySet());
        targets.keySet().stream().filter(c -> !actual.containsKey(c)).forEach(codes::add);
        codes.sort(
                Comparator.<String>comparingLong(c -> -actual.getOrDefault(c, 0L))
                        .thenComparing(Comparator.naturalOrder()));
        List<Report.Row> rows =
                codes.stream()
                        .map(
                                c ->
                                        new Report.Row(
                                                provinceName(ctx, c),
                                                List.of(
                                                        actual.getOrDefault(c, 0L),
                                                        targets.getOrDefault(c, 0L))))
                        .toList();
        return new Report(
                "provinces",
                ctx.t("office.report.provinces", Map.of("year", year)),
                ctx.t("office.report.col.province"),
                List.of(ctx.t("office.report.col.certified"), ctx.t("office.report.col.target")),
                rows,
                "bar",
                List.of(0, 1));
    }

    Report sales(PageContext ctx, int year) {
        Map<Integer, Map<Channel, MonthlySales>> byMonth = new TreeMap<>();
        for (MonthlySales s : orders.salesByMonth(year)) {
            byMonth.computeIfAbsent(s.month(), m -> new LinkedHashMap<>()).put(s.channel(), s);
        }
        List<Report.Row> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Map<Channel, MonthlySales> m = byMonth.getOrDefault(month, Map.of());
            MonthlySales online = m.get(Channel.ONLINE), pos = m.get(Channel.POS);
            rows.add(
                    new Report.Row(
                            String.format(Locale.ROOT, "%02d/%d", month, year),
                            List.of(
                                    online == null ? 0 : online.sales(),
                                    online == null ? 0 : online.revenueVnd(),
                                    pos == null ? 0 : pos.sales(),
                                    pos == null ? 0 : pos.revenueVnd())));
        }
        return new Report(
                "sales",
                ctx.t("office.report.sales", Map.of("year", year)),
                ctx.t("office.report.col.month"),
                List.of(
                        ctx.t("office.report.col.onlineSales"),
                        ctx.t("office.report.col.onlineRevenue"),
                        ctx.t("office.report.col.posSales"),
                        ctx.t("office.report.col.posRevenue")),
                rows,
                "line",
                List.of(1, 3));
    }

    Report products(PageContext ctx, int year) {
        List<Report.Row> rows =
                orders.topProducts(year, TOP_PRODUCTS).stream()
                        .map(p -> new Report.Row(p.name(), List.of(p.quantity(), p.revenueVnd())))
                        .toList();
        return new Report(
                "products",
                ctx.t("office.report.products", Map.of("year", year)),
                ctx.t("office.report.col.product"),
                List.of(ctx.t("office.report.col.quantity"), ctx.t("office.report.col.revenue")),
                rows,
                "bar",
                List.of(1));
    }

    Report scans(PageContext ctx, int year) {
        List<Report.Row> rows =
                traceability
                        .scansPerProvince(
                                java.time.LocalDate.of(year, 1, 1),
                                java.time.LocalDate.of(year, 12, 31))
                        .stream()
                        .map(
                                s ->
                                        new Report.Row(
                                                s.provinceCode().isEmpty()
                                                        ? ctx.t("office.report.unknownProvince")
                                                        : provinceName(ctx, s.provinceCode()),
                                                List.of(s.scans())))
                        .toList();
        return new Report(
                "scans",
                ctx.t("office.report.scans", Map.of("year", year)),
                ctx.t("office.report.col.province"),
                List.of(ctx.t("office.report.col.scans")),
                rows,
                "bar",
                List.of(0));
    }

    String provinceName(PageContext ctx, String code) {
        return places.province(code)
                .map((ProvinceView p) -> ctx.isEnglish() ? p.nameEn() : p.nameVi())
                .orElse(code);
    }

    private static <K> Map<K, Long> sum(
            List<CertifiedCount> certified, Function<CertifiedCount, K> key) {
        return certified.stream()
                .collect(Collectors.groupingBy(key, Collectors.summingLong(CertifiedCount::count)));
    }
}
