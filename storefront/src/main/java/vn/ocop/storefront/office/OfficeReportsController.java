package vn.ocop.storefront.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.CertifiedCount;
import vn.ocop.catalog.api.OfficeCatalogApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProvinceTarget;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The office's reports with charts and exports, and the provinces' targets they are set against.
 */
@Controller("/van-phong")
@Hidden
@Secured(Role.Names.OFFICE_ADMIN)
public class OfficeReportsController {

    static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;
    private final OfficeCatalogApi office;
    private final CatalogApi catalog;
    private final PlacesApi places;
    private final PageContexts contexts;
    private final JsonMapper json;
    private final Clock clock;

    OfficeReportsController(
            Reports reports,
            OfficeCatalogApi office,
            CatalogApi catalog,
            PlacesApi places,
            PageContexts contexts,
            JsonMapper json,
            Clock clock) {
        this.reports = reports;
        this.office = office;
        this.catalog = catalog;
        this.places = places;
        this.contexts = contexts;
        this.json = json;
        this.clock = clock;
    }

    /** The reports of a year, each with its chart's data as JSON safe inside a script element. */
    public record ReportsPage(int year, List<Report> reports, Map<String, String> charts) {}

    @Get(value = "/bao-cao", produces = MediaType.TEXT_HTML)
    HttpResponse<?> reportsPage(HttpRequest<?> request, @Nullable @QueryValue Integer nam) {
        PageContext ctx = contexts.of(request);
        int year = year(nam);
        List<Report> all = reports.all(ctx, year);
        Map<String, String> charts = new LinkedHashMap<>();
        for (Report report : all) {
            charts.put(report.key(), chartJson(report));
        }
        return Pages.render("office/reports", ctx, new ReportsPage(year, all, charts));
    }

    @Get(value = "/bao-cao/{key}/{format}")
    HttpResponse<?> export(
            HttpRequest<?> request,
            @PathVariable String key,
            @PathVariable String format,
            @Nullable @QueryValue Integer nam) {
        if (!Reports.KEYS.contains(key) || !("csv".equals(format) || "xlsx".equals(format))) {
            return HttpResponse.notFound();
        }
        int year = year(nam);
        Report report = reports.one(contexts.of(request), key, year).orElseThrow();
        String file = "bao-cao-" + key + "-" + year + "." + format;
        boolean csv = "csv".equals(format);
        return HttpResponse.ok(csv ? ReportExports.csv(report) : ReportExports.xlsx(report))
                .contentType(csv ? MediaType.of("text/csv; charset=utf-8") : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    }

    // --- targets ---

    @Serdeable
    public record TargetForm(
            @Nullable String csrfToken,
            @Nullable String provinceCode,
            @Nullable String groupCode,
            @Nullable String year,
            @Nullable String target)
            implements CsrfForm {}

    /** One target with the products certified today in its province and group. */
    public record TargetLine(
            String provinceCode,
            String provinceName,
            String groupCode,
            String groupName,
            int target,
            long certified) {

        public int percent() {
            return target <= 0 ? 100 : (int) Math.min(999, certified * 100 / target);
        }
    }

    public record Option(String value, String label) {}

    public record TargetsPage(
            int year,
            List<TargetLine> lines,
            List<Option> provinces,
            List<Option> groups,
            TargetForm form,
            @Nullable String done,
            @Nullable String error) {}

    @Get(value = "/chi-tieu", produces = MediaType.TEXT_HTML)
    HttpResponse<?> targets(
            HttpRequest<?> request,
            @Nullable @QueryValue Integer nam,
            @Nullable @QueryValue String done) {
        int year = year(nam);
        var form = new TargetForm(null, "", "", String.valueOf(year), "");
        PageContext ctx = contexts.of(request);
        String confirmed = "saved".equals(done) || "removed".equals(done) ? done : null;
        return Pages.render("office/targets", ctx, targetsPage(ctx, year, form, confirmed, null));
    }

    @Post(
            value = "/chi-tieu",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> saveTarget(HttpRequest<?> request, @Body TargetForm form) {
        PageContext ctx = contexts.of(request);
        Integer year = number(form.year());
        Integer target = number(form.target());
        try {
            office.saveTarget(
                    new ProvinceTarget(
                            form.provinceCode(),
                            form.groupCode(),
                            year == null ? -1 : year,
                            target == null ? -1 : target));
            return OfficePagesController.seeOther(
                    "/van-phong/chi-tieu?nam=" + year + "&done=saved");
        } catch (DomainException e) {
            int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
            var shown =
                    new TargetForm(
                            null,
                            form.provinceCode(),
                            form.groupCode(),
                            form.year(),
                            form.target());
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "office/targets",
                    ctx,
                    targetsPage(ctx, shownYear, shown, null, OfficeMessages.of(ctx, e)));
        }
    }

    @Post(
            value = "/chi-tieu/xoa",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> deleteTarget(@Body TargetForm form) {
        Integer year = number(form.year());
        if (year != null && form.provinceCode() != null && form.groupCode() != null) {
            office.deleteTarget(form.provinceCode(), form.groupCode(), year);
        }
        return OfficePagesController.seeOther(
                "/van-phong/chi-tieu?nam=" + (year == null ? "" : year) + "&done=removed");
    }

    private TargetsPage targetsPage(
            PageContext ctx, int year, TargetForm form, String done, String error) {
        List<CertifiedCount> certified = office.certifiedProducts();
        Map<String, String> groupNames = new LinkedHashMap<>();
        for (ProductGroupView g : catalog.productGroups()) {
            groupNames.put(g.code(), g.name(ctx.locale()));
        }
        List<TargetLine> lines = new ArrayList<>();
        for (ProvinceTarget t : office.targets(year)) {
            long actual =
                    certified.stream()
                            .filter(
                                    c ->
                                            c.provinceCode().equals(t.provinceCode())
                                                    && c.groupCode().equals(t.groupCode()))
                            .mapToLong(CertifiedCount::count)
                            .sum();
            lines.add(
                    new TargetLine(
                            t.provinceCode(),
                            reports.provinceName(ctx, t.provinceCode()),
                            t.groupCode(),
                            groupNames.getOrDefault(t.groupCode(), t.groupCode()),
                            t.target(),
                            actual));
        }
        List<Option> provinces =
                places.provinces().stream()
                        .map(p -> new Option(p.code(), ctx.isEnglish() ? p.nameEn() : p.nameVi()))
                        .toList();
        List<Option> groups =
                groupNames.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList();
        return new TargetsPage(year, lines, provinces, groups, form, done, error);
    }

    private int year(Integer asked) {
        int current = LocalDate.now(clock).getYear();
        return asked == null || asked < 2018 || asked > 2100 ? current : asked;
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private String chartJson(Report report) {
        try {
            return json.writeValueAsString(report.chart())
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
