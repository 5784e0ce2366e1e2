package vn.ocop.storefront.producerops;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.OwnProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.api.ProducerStockApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.Pages;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.ProducerBatchesApi;

/**
 * Stock and transfers (tồn kho): the warehouse's stock per variant with the lots registered for it,
 * adjustments with a reason, transfers to sale points (create, then ship) and their status.
 */
@Controller("/nha-san-xuat/ton-kho")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
public class StockPagesController {

    @Serdeable
    public record AdjustForm(
            @Nullable String csrfToken,
            @Nullable String sku,
            @Nullable String reason,
            @Nullable String quantity,
            @Nullable String note)
            implements CsrfForm {}

    @Serdeable
    public record TransferForm(
            @Nullable String csrfToken,
            @Nullable String salePointId,
            @Nullable String sku,
            @Nullable String lot,
            @Nullable String quantity)
            implements CsrfForm {}

    @Serdeable
    public record ShipForm(@Nullable String csrfToken) implements CsrfForm {}

    /** One variant's row: its stock (zero when never stocked) and its lots that may be sold. */
    public record StockRow(
            String sku,
            String label,
            long onHand,
            long reserved,
            long available,
            List<String> lots) {}

    public record VariantChoice(String sku, String label) {}

    public record StockPage(
            List<StockRow> rows,
            List<VariantChoice> variants,
            List<ProducerStockApi.SalePointChoice> salePoints,
            List<ProducerStockApi.TransferSummary> transfers,
            Map<String, String> labels,
            AdjustForm adjust,
            FormErrors adjustErrors,
            TransferForm transfer,
            FormErrors transferErrors,
            FormErrors shipErrors,
            String done) {

        public String label(String sku) {
            return labels.getOrDefault(sku, sku);
        }
    }

    static final List<String> REASONS = List.of("RECEIVE", "COUNT", "DAMAGE");

    private final ProducerStockApi stock;
    private final ProducerBatchesApi batches;
    private final OwnProductsApi products;
    private final ProducerOpsSupport support;

    StockPagesController(
            ProducerStockApi stock,
            ProducerBatchesApi batches,
            OwnProductsApi products,
            ProducerOpsSupport support) {
        this.stock = stock;
        this.batches = batches;
        this.products = products;
        this.support = support;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @QueryValue String done) {
        PageContext ctx = support.context(request);
        return Pages.render(
                "producerops/stock",
                ctx,
                page(
                        ctx,
                        authentication,
                        null,
                        FormErrors.NONE,
                        null,
                        FormErrors.NONE,
                        FormErrors.NONE,
                        done));
    }

    @Post(
            value = "/dieu-chinh",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> adjust(
            HttpRequest<?> request, Authentication authentication, @Body AdjustForm form) {
        PageContext ctx = support.context(request);
        Long quantity = number(form.quantity());
        if (quantity == null) {
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "producerops/stock",
                    ctx,
                    page(
                            ctx,
                            authentication,
                            form,
                            unreadable(ctx, "quantity"),
                            null,
                            FormErrors.NONE,
                            FormErrors.NONE,
                            null));
        }
        try {
            stock.adjust(
                    ProducerOpsSupport.caller(authentication),
                    new ProducerStockApi.StockAdjustment(
                            form.sku(), form.reason(), quantity, form.note()));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/ton-kho?done=adjusted");
        } catch (DomainException e) {
            return support.refused(
                    request,
                    e,
                    errors ->
                            page(
                                    ctx,
                                    authentication,
                                    form,
                                    errors,
                                    null,
                                    FormErrors.NONE,
                                    FormErrors.NONE,
                                    null),
                    "producerops/stock");
        }
    }

    @Post(
            value = "/chuyen-hang",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> transfer(
            HttpRequest<?> request, Authentication authentication, @Body TransferForm form) {
        PageContext ctx = support.context(request);
        Long quantity = number(form.quantity());
        UUID salePoint = uuid(form.salePointId());
        if (quantity == null || salePoint == null) {
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "producerops/stock",
                    ctx,
                    page(
                            ctx,
                            authentication,
                            null,
                            FormErrors.NONE,
                            form,
                            unreadable(ctx, quantity == null ? "quantity" : "salePointId"),
                            FormErrors.NONE,
                            null));
        }
        try {
            stock.createTransfer(
                    ProducerOpsSupport.caller(authentication),
                    new ProducerStockApi.NewTransfer(
                            salePoint,
                            List.of(
                                    new ProducerStockApi.TransferLine(
                                            form.sku(), form.lot(), quantity))));
            return ProducerOpsSupport.seeOther("/nha-san-xuat/ton-kho?done=created#transfers");
        } catch (DomainException e) {
            return support.refused(
                    request,
                    e,
                    errors ->
                            page(
                                    ctx,
                                    authentication,
                                    null,
                                    FormErrors.NONE,
                                    form,
                                    errors,
                                    FormErrors.NONE,
                                    null),
                    "producerops/stock");
        }
    }

    @Post(
            value = "/chuyen-hang/{id}/gui",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> ship(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Body ShipForm form) {
        PageContext ctx = support.context(request);
        try {
            stock.ship(ProducerOpsSupport.caller(authentication), id);
            return ProducerOpsSupport.seeOther("/nha-san-xuat/ton-kho?done=shipped#transfers");
        } catch (DomainException e) {
            return support.refused(
                    request,
                    e,
                    errors ->
                            page(
                                    ctx,
                                    authentication,
                                    null,
                                    FormErrors.NONE,
                                    null,
                                    FormErrors.NONE,
                                    errors,
                                    null),
                    "producerops/stock");
        }
    }

    private StockPage page(
            PageContext ctx,
            Authentication authentication,
            AdjustForm adjust,
            FormErrors adjustErrors,
            TransferForm transfer,
            FormErrors transferErrors,
            FormErrors shipErrors,
            String done) {
        Caller caller = ProducerOpsSupport.caller(authentication);
        var own = products.ownProducts(caller);
        Map<String, String> labels = ProducerOpsPages.variantLabels(ctx, own);
        Map<String, ProducerStockApi.StockLevel> levels = new LinkedHashMap<>();
        for (var level : stock.levels(caller)) {
            levels.put(level.sku(), level);
        }
        Map<String, List<String>> lots = new LinkedHashMap<>();
        for (BatchView b : batches.batches(caller)) {
            if (!b.recalled()) {
                lots.computeIfAbsent(b.variantSku(), k -> new ArrayList<>()).add(b.lot());
            }
        }
        List<StockRow> rows = new ArrayList<>();
        List<VariantChoice> variants = new ArrayList<>();
        for (String sku : labels.keySet()) {
            variants.add(new VariantChoice(sku, labels.get(sku)));
            var l = levels.remove(sku);
            rows.add(
                    new StockRow(
                            sku,
                            labels.get(sku),
                            l == null ? 0 : l.onHand(),
                            l == null ? 0 : l.reserved(),
                            l == null ? 0 : l.available(),
                            lots.getOrDefault(sku, List.of())));
        }
        for (var l : levels.values()) {
            rows.add(
                    new StockRow(
                            l.sku(),
                            l.sku(),
                            l.onHand(),
                            l.reserved(),
                            l.available(),
                            lots.getOrDefault(l.sku(), List.of())));
        }
        return new StockPage(
                rows,
                variants,
                stock.salePoints(),
                stock.transfers(caller),
                labels,
                adjust == null ? new AdjustForm(null, "", "RECEIVE", "", "") : adjust,
                adjustErrors,
                transfer == null ? new TransferForm(null, "", "", "", "") : transfer,
                transferErrors,
                shipErrors,
                done);
    }

    private static FormErrors unreadable(PageContext ctx, String field) {
        return new FormErrors(
                ctx.t("pops.error.unreadable"),
                null,
                Map.of(
                        field,
                        ctx.t(
                                "quantity".equals(field)
                                        ? "pops.error.number"
                                        : "pops.error.required")));
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
