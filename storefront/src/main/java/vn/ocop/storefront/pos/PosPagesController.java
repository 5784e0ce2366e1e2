package vn.ocop.storefront.pos;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.PosApi;
import vn.ocop.orders.api.PosLine;
import vn.ocop.orders.api.PosReceipt;
import vn.ocop.orders.api.PosRefusal;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.qr.api.CodeReader;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrStyle;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The counter of a sale point ({@code /diem-ban/{salePointId}}) for its own staff; another sale
 * point's pages are 403. The page works by itself for stock, transfers and receipts; scanning and
 * selling are enhanced by {@code /static/pos.js}, which checks each scanned code here, records
 * sales through the REST API ({@code /api/v1/sale-point/{id}/sales}, client-generated ids) and
 * queues them in IndexedDB while offline. A VietQR sale's receipt shows the code to scan (the sale
 * total and number) and polls its payment state until the bank's notification settles the sale.
 */
@Controller("/diem-ban")
@Hidden
@Secured(Role.Names.SALE_POINT_STAFF)
public class PosPagesController {

    /** The largest photo accepted for server-side decoding. */
    static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;

    private final PosApi pos;
    private final PageContexts contexts;

    PosPagesController(PosApi pos, PageContexts contexts) {
        this.pos = pos;
        this.contexts = contexts;
    }

    /** A form that receives one incoming transfer. */
    @Serdeable
    public record ReceiveForm(@Nullable String csrfToken, @Nullable String transferId)
            implements CsrfForm {}

    /** One scanned code as the counter script shows it, in the page's language. */
    @Serdeable
    public record LineJson(
            String code,
            String sku,
            String gtin,
            String lot,
            String serial,
            String name,
            long unitPriceVnd,
            String price,
            boolean sellable,
            String refusal,
            String reason) {}

    /** What a photo held. */
    @Serdeable
    public record DecodedJson(String code) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> mine(Authentication authentication) {
        UUID salePoint = Caller.of(authentication).salePointId();
        if (salePoint == null) {
            throw OrdersError.NOT_YOURS.exception("This account belongs to no sale point");
        }
        return HttpResponse.seeOther(URI.create("/diem-ban/" + salePoint));
    }

    @Get(value = "/{salePointId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> counter(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID salePointId,
            @Nullable @QueryValue("nhan") String received) {
        PageContext ctx = contexts.of(request);
        Caller caller = Caller.of(authentication);
        try {
            String notice = "ok".equals(received) ? "pos.transfers.received" : null;
            return Pages.render("pos/counter", ctx, page(caller, salePointId, notice, false));
        } catch (DomainException e) {
            return refused(ctx, e);
        }
    }

    @Get(value = "/{salePointId}/kiem-tra", produces = MediaType.APPLICATION_JSON)
    LineJson check(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID salePointId,
            @QueryValue("ma") String code) {
        if (code.isBlank() || code.length() > 500) {
            throw OrdersError.INVALID_FIELD.refuse("ma", "A scanned code of 1 to 500 characters");
        }
        PageContext ctx = contexts.of(request);
        PosLine line = pos.check(Caller.of(authentication), salePointId, code.strip());
        String name =
                line.nameVi() == null ? null : ctx.isEnglish() ? line.nameEn() : line.nameVi();
        String refusal = line.refusal() == null ? null : line.refusal().name();
        return new LineJson(
                line.code(),
                line.sku(),
                line.gtin(),
                line.lot(),
                line.serial(),
                name,
                line.unitPriceVnd(),
                ctx.vnd(line.unitPriceVnd()),
                line.sellable(),
                refusal,
                refusal == null ? null : reason(ctx, line));
    }

    @Post(
            value = "/{salePointId}/anh-ma",
            consumes = MediaType.MULTIPART_FORM_DATA,
            produces = MediaType.APPLICATION_JSON)
    @CsrfProtected
    DecodedJson decode(
            Authentication authentication,
            @PathVariable UUID salePointId,
            @Part("photo") CompletedFileUpload photo,
            @Nullable @Part("csrfToken") String csrfToken)
            throws IOException {
        pos.salePoint(Caller.of(authentication), salePointId);
        if (photo.getSize() > MAX_PHOTO_BYTES) {
            throw OrdersError.INVALID_FIELD.refuse("photo", "A photo of at most 8 MB");
        }
        return CodeReader.read(photo.getBytes())
                .map(DecodedJson::new)
                .orElseThrow(
                        () ->
                                OrdersError.INVALID_FIELD.refuse(
                                        "photo", "No code found in the photo"));
    }

    @Post(
            value = "/{salePointId}/nhan-hang",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> receive(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID salePointId,
            @Body ReceiveForm form) {
        PageContext ctx = contexts.of(request);
        Caller caller = Caller.of(authentication);
        try {
            UUID transfer = UUID.fromString(form.transferId() == null ? "" : form.transferId());
            pos.receive(caller, salePointId, transfer);
            return HttpResponse.seeOther(URI.create("/diem-ban/" + salePointId + "?nhan=ok#stock"));
        } catch (IllegalArgumentException e) {
            return Pages.render(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "pos/counter",
                    ctx,
                    page(caller, salePointId, "pos.transfers.notFound", true));
        } catch (DomainException e) {
            if (e.errorCode().kind() == ProblemKind.FORBIDDEN) {
                return refused(ctx, e);
            }
            return Pages.render(
                    HttpStatus.valueOf(e.errorCode().kind().status()),
                    "pos/counter",
                    ctx,
                    page(caller, salePointId, "problem." + e.errorCode().code() + ".title", true));
        }
    }

    @Get(value = "/{salePointId}/hoa-don/{saleId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> receipt(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID salePointId,
            @PathVariable UUID saleId,
            @Nullable @QueryValue("dua") Long given) {
        return receiptView(
                request,
                authentication,
                salePointId,
                saleId,
                "pos/receipt",
                given == null || given < 0 ? null : given,
                false);
    }

    /**
     * The receipt's payment state, which the receipt of a VietQR sale polls every 2 s until the
     * bank's notification (or the office) has settled the sale.
     */
    @Get(value = "/{salePointId}/hoa-don/{saleId}/trang-thai", produces = MediaType.TEXT_HTML)
    HttpResponse<?> paymentState(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID salePointId,
            @PathVariable UUID saleId) {
        return receiptView(
                request, authentication, salePointId, saleId, "pos/payment-state", null, true);
    }

    private HttpResponse<?> receiptView(
            HttpRequest<?> request,
            Authentication authentication,
            UUID salePointId,
            UUID saleId,
            String template,
            Long given,
            boolean polled) {
        PageContext ctx = contexts.of(request);
        try {
            return pos.sale(Caller.of(authentication), salePointId, saleId)
                    .<HttpResponse<?>>map(
                            r ->
                                    Pages.render(template, ctx, new ReceiptPage(r, given, polled))
                                            .header("Cache-Control", "no-store"))
                    .orElseGet(() -> Pages.render(HttpStatus.NOT_FOUND, "not-found", ctx, ""));
        } catch (DomainException e) {
            return refused(ctx, e);
        }
    }

    /**
     * The VietQR code of a sale awaiting its transfer: the sale total with the sale number as bill
     * number and purpose (404 once paid, or when no bank account is configured).
     */
    @Get(value = "/{salePointId}/hoa-don/{saleId}/vietqr.svg", produces = "image/svg+xml")
    HttpResponse<?> vietQr(
            Authentication authentication,
            @PathVariable UUID salePointId,
            @PathVariable UUID saleId) {
        return pos.sale(Caller.of(authentication), salePointId, saleId)
                .map(PosReceipt::vietQrPayload)
                .<HttpResponse<?>>map(
                        payload ->
                                HttpResponse.ok(QrCodes.svg(payload, QrStyle.standard()))
                                        .contentType("image/svg+xml")
                                        .header("Cache-Control", "no-store"))
                .orElseGet(HttpResponse::notFound);
    }

    private PosPage page(Caller caller, UUID salePointId, String notice, boolean error) {
        var salePoint = pos.salePoint(caller, salePointId);
        return new PosPage(
                salePoint,
                pos.stock(caller, salePointId),
                pos.incoming(caller, salePointId),
                pos.recentSales(caller, salePointId, 10),
                notice,
                error,
                pos.vietQr(1, "POS").isPresent());
    }

    private static String reason(PageContext ctx, PosLine line) {
        String key = "pos.refusal." + line.refusal().name();
        if (line.refusal() == PosRefusal.CERTIFICATE_NOT_VALID && line.detail() == null) {
            key = "pos.refusal.CERTIFICATE_NONE";
        }
        String detail = line.detail() == null ? "" : line.detail();
        try {
            detail = ctx.date(java.time.LocalDate.parse(detail));
        } catch (java.time.format.DateTimeParseException notADate) {
            // a recall reason or other text: shown as it is
        }
        return ctx.t(key, Map.of("detail", detail));
    }

    private static HttpResponse<?> refused(PageContext ctx, DomainException e) {
        if (e.errorCode().kind() == ProblemKind.FORBIDDEN) {
            return Pages.render(HttpStatus.FORBIDDEN, "pos/denied", ctx, "");
        }
        if (e.errorCode().kind() == ProblemKind.NOT_FOUND) {
            return Pages.render(HttpStatus.NOT_FOUND, "not-found", ctx, "");
        }
        throw e;
    }
}
