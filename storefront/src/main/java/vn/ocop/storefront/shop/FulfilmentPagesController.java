package vn.ocop.storefront.shop;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * A producer member's fulfilments ({@code /nha-san-xuat/don-hang}): only its own producer's part of
 * each order; pack, then ship with the courier's tracking number. Acting on another producer's
 * fulfilment is refused with 403 by the orders workflow.
 */
@Controller("/nha-san-xuat/don-hang")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
public class FulfilmentPagesController {

    /** A pack or ship form; {@code trackingNumber} only for shipping. */
    @Serdeable
    public record FulfilForm(@Nullable String csrfToken, @Nullable String trackingNumber)
            implements CsrfForm {}

    /**
     * The list; {@code failedFulfilment} with {@code errorKey} names the form that was refused (its
     * message shows next to it).
     */
    public record FulfilmentsPage(
            List<ShopApi.Order> orders, UUID failedFulfilment, String errorKey) {

        public String errorFor(UUID fulfilment) {
            return fulfilment.equals(failedFulfilment) ? errorKey : null;
        }
    }

    private final ShopApi shop;
    private final PageContexts contexts;

    FulfilmentPagesController(ShopApi shop, PageContexts contexts) {
        this.shop = shop;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        PageContext ctx = contexts.of(request);
        try {
            return Pages.render(
                    "shop/fulfilments",
                    ctx,
                    new FulfilmentsPage(shop.fulfilments(Caller.of(authentication)), null, null));
        } catch (DomainException e) {
            return ShopPagesController.refusal(ctx, e);
        }
    }

    @Post(
            value = "/{number}/{fulfilmentId}/dong-goi",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> pack(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId,
            @Body FulfilForm form) {
        return act(request, authentication, number, fulfilmentId, ShopApi.Action.PACK, null);
    }

    @Post(
            value = "/{number}/{fulfilmentId}/giao-hang",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> ship(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId,
            @Body FulfilForm form) {
        return act(
                request,
                authentication,
                number,
                fulfilmentId,
                ShopApi.Action.SHIP,
                form.trackingNumber());
    }

    private HttpResponse<?> act(
            HttpRequest<?> request,
            Authentication authentication,
            String number,
            UUID fulfilmentId,
            ShopApi.Action action,
            String tracking) {
        PageContext ctx = contexts.of(request);
        Caller caller = Caller.of(authentication);
        try {
            shop.fulfil(caller, number, fulfilmentId, action, tracking);
            return HttpResponse.seeOther(URI.create("/nha-san-xuat/don-hang#f-" + fulfilmentId));
        } catch (DomainException e) {
            HttpStatus status = HttpStatus.valueOf(e.errorCode().kind().status());
            if (status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND) {
                return ShopPagesController.refusal(ctx, e);
            }
            String key =
                    action == ShopApi.Action.SHIP
                                    && e.violations().stream()
                                            .anyMatch(v -> "trackingNumber".equals(v.field()))
                            ? "shop.error.tracking"
                            : "problem." + e.errorCode().code() + ".title";
            return Pages.render(
                    status,
                    "shop/fulfilments",
                    ctx,
                    new FulfilmentsPage(shop.fulfilments(caller), fulfilmentId, key));
        }
    }
}
