package vn.ocop.storefront.producerops;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.OwnProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.Pages;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.ProducerBatchesApi;
import vn.ocop.traceability.api.PublicBatch;

/**
 * The producer's batches (lô hàng): the list with a form to register one, and a batch's page with
 * its EPCIS timeline, its lab tests and a form to add a lab report.
 */
@Controller("/nha-san-xuat/lo-hang")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
public class BatchPagesController {

    /** The register form as posted; dates as typed (yyyy-MM-dd from a date input). */
    @Serdeable
    public record BatchForm(
            @Nullable String csrfToken,
            @Nullable String gtin,
            @Nullable String lot,
            @Nullable String productionDate,
            @Nullable String expiryDate,
            @Nullable String bestBeforeDate,
            @Nullable String quantity,
            @Nullable String unit,
            @Nullable String productionSite)
            implements CsrfForm {

        static BatchForm empty() {
            return new BatchForm(null, "", "", "", "", "", "", "PIECE", "");
        }
    }

    /** A lab report with up to three results (name with a value and unit, or a finding). */
    @Serdeable
    public record LabForm(
            @Nullable String csrfToken,
            @Nullable String lab,
            @Nullable String reportNumber,
            @Nullable String date,
            @Nullable String name1,
            @Nullable String value1,
            @Nullable String unit1,
            @Nullable String text1,
            @Nullable String name2,
            @Nullable String value2,
            @Nullable String unit2,
            @Nullable String text2,
            @Nullable String name3,
            @Nullable String value3,
            @Nullable String unit3,
            @Nullable String text3)
            implements CsrfForm {

        static LabForm empty() {
            return new LabForm(null, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
        }

        /** Field {@code name} of result row {@code i} (1 to 3), as typed. */
        public String result(String name, int i) {
            String value =
                    switch (name + i) {
                        case "name1" -> name1;
                        case "value1" -> value1;
                        case "unit1" -> unit1;
                        case "text1" -> text1;
                        case "name2" -> name2;
                        case "value2" -> value2;
                        case "unit2" -> unit2;
                        case "text2" -> text2;
                        case "name3" -> name3;
                        case "value3" -> value3;
                        case "unit3" -> unit3;
                        default -> text3;
                    };
            return value == null ? "" : value;
        }
    }

    /** A variant the producer may register a batch of (it has a GTIN). */
    public record VariantChoice(String gtin, String sku, String label) {}

    public record BatchRow(BatchView batch, String productLabel) {}

    public record ListPage(
            List<BatchRow> batches,
            List<VariantChoice> variants,
            BatchForm form,
            FormErrors errors) {}

    public record DetailPage(
            ProducerBatchesApi.BatchDetail detail,
            String productLabel,
            LabForm form,
            FormErrors errors,
            boolean added) {

        public BatchView batch() {
            return detail.batch();
        }

        public List<PublicBatch.TimelineEntry> timeline() {
            return detail.timeline();
        }

        public List<PublicBatch.LabTest> labTests() {
            return detail.labTests();
        }
    }

    static final List<String> UNITS = List.of("PIECE", "KG", "G", "TONNE", "L", "ML");

    private final ProducerBatchesApi batches;
    private final OwnProductsApi products;
    private final ProducerOpsSupport support;

    BatchPagesController(
            ProducerBatchesApi batches, OwnProductsApi products, ProducerOpsSupport support) {
        this.batches = batches;
        this.products = products;
        this.support = support;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        PageContext ctx = support.context(request);
        return Pages.render(
                "producerops/batches",
                ctx,
                listPage(ctx, authentication, BatchForm.empty(), FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> register(
            HttpRequest<?> request, Authentication authentication, @Body BatchForm form) {
        PageContext ctx = support.context(request);
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate production = date(form.productionDate(), "productionDate", unreadable);
        LocalDate expiry = date(form.expiryDate(), "expiryDate", unreadable);
        LocalDate bestBefore = date(form.bestBeforeDate(), "bestBeforeDate", unreadable);
        BigDecimal quantity = decimal(form.quantity(), "quantity", unreadable);
        if (!unreadable.isEmpty()) {
            return Pages.render(
                    io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY,
                    "producerops/batches",
                    ctx,
                    listPage(ctx, authentication, form, unreadable(ctx, unreadable)));
        }
        try {
            BatchView created =
                    batches.register(
                            ProducerOpsSupport.caller(authentication),
                            new ProducerBatchesApi.NewBatch(
                                    blankToNull(form.gtin()),
                                    blankToNull(form.lot()),
                                    production,
                                    expiry,
                                    bestBefore,
                                    quantity,
                                    blankToNull(form.unit()),
                                    blankToNull(form.productionSite())));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/lo-hang/" + created.id());
        } catch (DomainException e) {
            return support.refused(
                    request,
                    e,
                    errors -> listPage(ctx, authentication, form, errors),
                    "producerops/batches");
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Nullable @io.micronaut.http.annotation.QueryValue String added) {
        PageContext ctx = support.context(request);
        try {
            return Pages.render(
                    "producerops/batch",
                    ctx,
                    detailPage(
                            ctx,
                            authentication,
                            id,
                            LabForm.empty(),
                            FormErrors.NONE,
                            added != null));
        } catch (DomainException e) {
            return support.asPage(request, e).orElseThrow(() -> e);
        }
    }

    @Post(
            value = "/{id}/kiem-nghiem",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> addLabTest(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Body LabForm form) {
        PageContext ctx = support.context(request);
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate date = date(form.date(), "date", unreadable);
        List<PublicBatch.LabResult> results = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = blankToNull(form.result("name", i));
            BigDecimal value = decimal(form.result("value", i), "value" + i, unreadable);
            String unit = blankToNull(form.result("unit", i));
            String text = blankToNull(form.result("text", i));
            if (name != null || value != null || text != null || unit != null) {
                results.add(new PublicBatch.LabResult(name, value, text, unit));
            }
        }
        try {
            if (!unreadable.isEmpty()) {
                return Pages.render(
                        io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY,
                        "producerops/batch",
                        ctx,
                        detailPage(
                                ctx, authentication, id, form, unreadable(ctx, unreadable), false));
            }
            batches.addLabTest(
                    ProducerOpsSupport.caller(authentication),
                    id,
                    new ProducerBatchesApi.NewLabTest(
                            blankToNull(form.lab()),
                            blankToNull(form.reportNumber()),
                            date,
                            results));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/lo-hang/" + id + "?added=1#labs");
        } catch (DomainException e) {
            return support.asPage(request, e)
                    .orElseGet(
                            () ->
                                    Pages.render(
                                            io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY,
                                            "producerops/batch",
                                            ctx,
                                            detailPage(
                                                    ctx,
                                                    authentication,
                                                    id,
                                                    form,
                                                    resultErrors(support.errors(request, e)),
                                                    false)));
        }
    }

    // ---- pages ----

    private ListPage listPage(
            PageContext ctx, Authentication authentication, BatchForm form, FormErrors errors) {
        Caller caller = ProducerOpsSupport.caller(authentication);
        Map<String, String> labels = variantLabels(ctx, caller);
        List<VariantChoice> variants = new ArrayList<>();
        for (var product : products.ownProducts(caller)) {
            for (var v : product.variants()) {
                if (v.gtin() != null && v.active()) {
                    variants.add(new VariantChoice(v.gtin(), v.sku(), labels.get(v.sku())));
                }
            }
        }
        List<BatchRow> rows =
                batches.batches(caller).stream()
                        .map(b -> new BatchRow(b, labels.getOrDefault(b.variantSku(), "")))
                        .toList();
        return new ListPage(rows, variants, form, errors);
    }

    private DetailPage detailPage(
            PageContext ctx,
            Authentication authentication,
            UUID id,
            LabForm form,
            FormErrors errors,
            boolean added) {
        Caller caller = ProducerOpsSupport.caller(authentication);
        var detail = batches.detail(caller, id, ctx.locale());
        String label = variantLabels(ctx, caller).getOrDefault(detail.batch().variantSku(), "");
        return new DetailPage(detail, label, form, errors, added);
    }

    /** "Product name · variant name (SKU)" per SKU of the member's products. */
    Map<String, String> variantLabels(PageContext ctx, Caller caller) {
        return ProducerOpsPages.variantLabels(ctx, products.ownProducts(caller));
    }

    /** A result's field keeps its row: {@code labTests[n].results[1].name} → {@code name2}. */
    private static FormErrors resultErrors(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        var pattern = java.util.regex.Pattern.compile("results\\[(\\d+)]\\.(\\w+)$");
        for (var e : errors.fields().entrySet()) {
            var m = pattern.matcher(e.getKey());
            if (m.find()) {
                fields.putIfAbsent(m.group(2) + (Integer.parseInt(m.group(1)) + 1), e.getValue());
            } else if (e.getKey().endsWith(".results")) {
                fields.putIfAbsent("name1", e.getValue());
            } else {
                fields.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return new FormErrors(errors.title(), errors.detail(), fields);
    }

    private static FormErrors unreadable(PageContext ctx, Map<String, String> fields) {
        Map<String, String> messages = new LinkedHashMap<>();
        fields.forEach((field, key) -> messages.put(field, ctx.t(key)));
        return new FormErrors(ctx.t("pops.error.unreadable"), null, messages);
    }

    static LocalDate date(String text, String field, Map<String, String> unreadable) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(
                        value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
            } catch (DateTimeParseException again) {
                unreadable.put(field, "pops.error.date");
                return null;
            }
        }
    }

    static BigDecimal decimal(String text, String field, Map<String, String> unreadable) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            unreadable.put(field, "pops.error.number");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
