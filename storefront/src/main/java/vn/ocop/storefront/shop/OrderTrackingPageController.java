package vn.ocop.storefront.shop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.storefront.shop.ShopPagesController.OrderPage;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * Order tracking without an account: the order number and the phone given at checkout (the link in
 * the order e-mails fills in the number). A plain GET form, so it works without JavaScript and the
 * result can be bookmarked; a wrong pair says "not found" without telling which part was wrong.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class OrderTrackingPageController {

    static final String PATH = "/tra-cuu-don-hang";

    /** What the page shows: the form as typed, and the order or the not-found message. */
    public record TrackPage(String number, String phone, OrderPage order, boolean notFound) {}

    private final ShopApi shop;
    private final OrderPages orderPages;
    private final PageContexts contexts;

    OrderTrackingPageController(ShopApi shop, OrderPages orderPages, PageContexts contexts) {
        this.shop = shop;
        this.orderPages = orderPages;
        this.contexts = contexts;
    }

    @Get(value = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> track(
            HttpRequest<?> request,
            @Nullable @QueryValue String so,
            @Nullable @QueryValue String sdt) {
        PageContext ctx = contexts.of(request);
        String number = clean(so, 40);
        String phone = clean(sdt, 20);
        if (number.isEmpty() || phone.isEmpty()) {
            return Pages.render("shop/track", ctx, new TrackPage(number, phone, null, false));
        }
        try {
            ShopApi.Order order = shop.track(number.toUpperCase(java.util.Locale.ROOT), phone);
            return Pages.render(
                    "shop/track",
                    ctx,
                    new TrackPage(number, phone, orderPages.of(order, ctx), false));
        } catch (DomainException e) {
            return Pages.render(
                    HttpStatus.NOT_FOUND,
                    "shop/track",
                    ctx,
                    new TrackPage(number, phone, null, true));
        }
    }

    /** Trimmed and cut to a length no real value exceeds (the page echoes it back). */
    private static String clean(String value, int max) {
        if (value == null) return "";
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
