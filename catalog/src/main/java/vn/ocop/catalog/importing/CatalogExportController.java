package vn.ocop.catalog.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.VariantView;

/**
 * The published catalogue for anyone: it is what the public pages show already (visible products
 * only), so no login is needed. Headers and names follow the request's language, Vietnamese by
 * default.
 */
@Controller("/api/v1/catalog")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Import and export")
class CatalogExportController {

    private static final String CACHE = "public, max-age=300";

    private final CatalogExport export;
    private final CatalogueTables tables;
    private final HttpLocaleResolver locales;
    private final PlacesApi places;
    private final Clock clock;
    private final String baseUrl;

    CatalogExportController(
            CatalogExport export,
            CatalogueTables tables,
            HttpLocaleResolver locales,
            PlacesApi places,
            Clock clock,
            @Value("${ocop.public-base-url:http://localhost:8080}") String baseUrl) {
        this.export = export;
        this.tables = tables;
        this.locales = locales;
        this.places = places;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Get(uri = "/export.csv", produces = "text/csv;charset=utf-8")
    @Operation(summary = "The visible catalogue as CSV, one row per variant (UTF-8 with BOM)")
    HttpResponse<byte[]> csv(HttpRequest<?> request) {
        Locale locale = ImportTemplates.language(locales.resolveOrDefault(request));
        byte[] body = CsvExport.write(tables.products(export.visible(), locale));
        return download(body, "text/csv;charset=utf-8", "csv");
    }

    @Get(uri = "/export.xlsx", produces = ImportMediaTypes.XLSX)
    @Operation(
            summary =
                    "The visible catalogue as an Excel workbook: products (with certificates) and"
                            + " producers, in the importers' columns")
    HttpResponse<byte[]> xlsx(HttpRequest<?> request) {
        Locale locale = ImportTemplates.language(locales.resolveOrDefault(request));
        List<CatalogExport.Entry> entries = export.visible();
        byte[] body =
                Workbooks.write(
                        List.of(
                                tables.products(entries, locale),
                                tables.producers(entries, locale)));
        return download(body, ImportMediaTypes.XLSX, "xlsx");
    }

    @Get(uri = "/feed.json", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The catalogue feed for external marketplaces (products sold online)")
    HttpResponse<CatalogFeed> feed() {
        List<CatalogFeed.Product> products =
                export.visible().stream()
                        .filter(e -> e.product().sellableOnline())
                        .map(this::feedProduct)
                        .toList();
        return HttpResponse.ok(new CatalogFeed(clock.instant(), "VND", products.size(), products))
                .header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    private HttpResponse<byte[]> download(byte[] body, String type, String extension) {
        return HttpResponse.ok(body)
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ocop-catalogue-"
                                + LocalDate.now(clock)
                                + "."
                                + extension
                                + "\"");
    }

    private CatalogFeed.Product feedProduct(CatalogExport.Entry entry) {
        ProductView p = entry.product();
        CertificateView c = p.certificate();
        return new CatalogFeed.Product(
                p.id(),
                p.nameVi(),
                p.nameEn(),
                p.group(),
                p.subgroup(),
                baseUrl + "/api/v1/products/" + p.id(),
                c.stars(),
                new CatalogFeed.Certificate(
                        c.roundYear(),
                        c.score(),
                        c.stars(),
                        c.level(),
                        c.authority(),
                        c.decisionNumber(),
                        c.decisionDate(),
                        c.validFrom(),
                        c.validUntil()),
                entry.producers().stream()
                        .map(
                                producer ->
                                        new CatalogFeed.Producer(
                                                producer.id(),
                                                producer.name(),
                                                producer.legalForm(),
                                                producer.provinceCode(),
                                                provinceName(producer.provinceCode())))
                        .toList(),
                p.origins().stream()
                        .map(
                                o ->
                                        new CatalogFeed.Origin(
                                                o.provinceCode(),
                                                provinceName(o.provinceCode()),
                                                o.commune(),
                                                o.village()))
                        .toList(),
                p.variants().stream()
                        .filter(VariantView::active)
                        .map(
                                v ->
                                        new CatalogFeed.Variant(
                                                v.sku(),
                                                v.nameVi(),
                                                v.nameEn(),
                                                v.priceVnd(),
                                                CatalogueTables.gtin13(v.gtin()),
                                                v.weightGrams()))
                        .toList(),
                p.perishable(),
                p.service(),
                p.updatedAt());
    }

    private String provinceName(String code) {
        return places.province(code).map(ProvinceView::nameVi).orElse(code);
    }
}
