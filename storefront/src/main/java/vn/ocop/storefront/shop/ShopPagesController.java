package vn.ocop.storefront.shop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.catalog.api.CommunesApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The consumer's shop pages: cart (guests too), checkout, VietQR payment with its live status,
 * order tracking and the account's order history. Every form post carries the CSRF token.
 */
@Controller
@Hidden
public class ShopPagesController {

    private static final String PHONE = "(\\+84|0)[0-9]{9,10}";

    /** Adds a variant (the product page's form) or sets a line's quantity (0 removes it). */
    @Serdeable
    public record CartForm(
            @Nullable String csrfToken, @Nullable String sku, @Nullable String quantity)
            implements CsrfForm {}

    /**
     * The checkout form as typed. {@code commune} is a commune's code from the picker; {@code
     * refresh} is set by the button that, without JavaScript, shows the chosen province's communes
     * instead of placing the order.
     */
    @Serdeable
    public record CheckoutForm(
            @Nullable String csrfToken,
            @Nullable String idempotencyKey,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String delivery,
            @Nullable String province,
            @Nullable String commune,
            @Nullable String street,
            @Nullable String salePoint,
            @Nullable String payment,
            @Nullable String refresh)
            implements CsrfForm {

        static CheckoutForm empty(String key) {
            return new CheckoutForm(null, key, "", "", "", "HOME", "", "", "", "", "COD", null);
        }

        public String value(String field) {
            String v =
                    switch (field) {
                        case "name" -> name;
                        case "phone" -> phone;
                        case "email" -> email;
                        case "province" -> province;
                        case "commune" -> commune;
                        case "street" -> street;
                        default -> null;
                    };
            return v == null ? "" : v;
        }
    }

    public record CartPage(ShopApi.Cart cart, String errorKey) {}

    public record CheckoutPage(
            ShopApi.Cart cart,
            CheckoutForm form,
            Map<String, String> errors,
            String errorKey,
            ShopApi.CheckoutOptions options,
            List<ProvinceView> provinces,
            Long deliveryFee,
            CommunePicker communes) {

        public String error(String field) {
            return errors.get(field);
        }

        public String provinceName(String code, Locale locale) {
            return provinces.stream()
                    .filter(p -> p.code().equals(code))
                    .map(p -> p.name(locale))
                    .findFirst()
                    .orElse(code == null ? "" : code);
        }
    }

    /**
     * The commune select: the chosen province (blank for none), its communes, the chosen commune's
     * code or name, and the field's error key. htmx swaps it in as the province changes.
     */
    public record CommunePicker(
            String province, List<CommuneView> communes, String chosen, String error) {

        /** Whether this option is the chosen one: by code, or by name as an older form sent it. */
        public boolean chosen(CommuneView commune) {
            return chosen != null
                    && (commune.code().equals(chosen) || commune.nameVi().equals(chosen));
        }
    }

    /** The fee fragment: the fee (null when none applies) and the goods, for the total. */
    public record FeePage(String province, Long fee, long goodsVnd) {}

    public record OrderPage(ShopApi.Order order, String provinceName, String pickupName) {}

    public record AccountPage(List<ShopApi.Order> orders) {}

    public record PaymentPage(ShopApi.VietQr payment) {}

    /** A refusal as a page: 403, 404 or 409 with a message. */
    public record ErrorPage(String titleKey, String messageKey) {}

    private final ShopApi shop;
    private final PlacesApi places;
    private final CommunesApi communes;
    private final PageContexts contexts;
    private final OrderPages orderPages;

    ShopPagesController(
            ShopApi shop,
            PlacesApi places,
            CommunesApi communes,
            PageContexts contexts,
            OrderPages orderPages) {
        this.shop = shop;
        this.places = places;
        this.communes = communes;
        this.contexts = contexts;
        this.orderPages = orderPages;
    }

    // --- cart -------------------------------------------------------------------------------

    @Get(value = "/gio-hang", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> cart(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            @CookieValue(ShopCookies.CART_COOKIE) @Nullable String cookie) {
        PageContext ctx = contexts.of(request);
        UUID buyer;
        try {
            buyer = ShopCookies.buyer(authentication);
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
        ShopApi.Cart cart = shop.cart(buyer, ShopCookies.guestCart(cookie));
        return ShopCookies.remember(
                Pages.render("shop/cart", ctx, new CartPage(cart, null)), cart, cookie);
    }

    @Post(
            value = "/gio-hang",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> add(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            @CookieValue(ShopCookies.CART_COOKIE) @Nullable String cookie,
            @Body CartForm form) {
        return changeCart(request, authentication, cookie, form, true);
    }

    @Post(
            value = "/gio-hang/so-luong",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> setQuantity(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            @CookieValue(ShopCookies.CART_COOKIE) @Nullable String cookie,
            @Body CartForm form) {
        return changeCart(request, authentication, cookie, form, false);
    }

    private HttpResponse<?> changeCart(
            HttpRequest<?> request,
            Authentication authentication,
            String cookie,
            CartForm form,
            boolean add) {
        PageContext ctx = contexts.of(request);
        UUID guest = ShopCookies.guestCart(cookie);
        UUID buyer;
        try {
            buyer = ShopCookies.buyer(authentication);
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
        long quantity = parseQuantity(form.quantity());
        String sku = form.sku() == null ? "" : form.sku().strip();
        try {
            if (sku.isEmpty() || quantity < (add ? 1 : 0)) {
                throw new DomainException(vn.ocop.orders.api.OrdersError.INVALID_FIELD, "quantity");
            }
            ShopApi.Cart cart =
                    add
                            ? shop.add(buyer, guest, sku, quantity)
                            : shop.setQuantity(buyer, guest, sku, quantity);
            return ShopCookies.remember(
                    HttpResponse.seeOther(URI.create("/gio-hang")), cart, cookie);
        } catch (DomainException e) {
            ShopApi.Cart cart = shop.cart(buyer, guest);
            return ShopCookies.remember(
                    Pages.render(
                            HttpStatus.UNPROCESSABLE_ENTITY,
                            "shop/cart",
                            ctx,
                            new CartPage(cart, "problem." + e.errorCode().code() + ".title")),
                    cart,
                    cookie);
        }
    }

    private static long parseQuantity(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // --- checkout ---------------------------------------------------------------------------

    @Get(value = "/thanh-toan", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> checkout(
            HttpRequest<?> request,
            Authentication authentication,
            @CookieValue(ShopCookies.CART_COOKIE) @Nullable String cookie) {
        PageContext ctx = contexts.of(request);
        UUID buyer = Caller.of(authentication).accountId();
        ShopApi.Cart cart = shop.cart(buyer, ShopCookies.guestCart(cookie));
        if (cart.empty()) {
            return ShopCookies.remember(
                    HttpResponse.seeOther(URI.create("/gio-hang")), cart, cookie);
        }
        CheckoutForm form = CheckoutForm.empty(UUID.randomUUID().toString());
        return ShopCookies.remember(
                Pages.render("shop/checkout", ctx, checkoutPage(cart, form, Map.of(), null, buyer)),
                cart,
                cookie);
    }

    /** The delivery fee for the chosen province (htmx swaps it in as the province changes). */
    @Get(value = "/thanh-toan/phi-giao-hang", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> fee(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @QueryValue String province) {
        UUID buyer = Caller.of(authentication).accountId();
        ShopApi.Cart cart = shop.cart(buyer, null);
        OptionalLong fee = shop.deliveryFee(buyer, null, province);
        return Pages.render(
                "shop/fee",
                contexts.of(request),
                new FeePage(province, fee.isPresent() ? fee.getAsLong() : null, cart.goodsVnd()));
    }

    /** The commune select for the chosen province (htmx swaps it in as the province changes). */
    @Get(value = "/thanh-toan/xa-phuong", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> communes(HttpRequest<?> request, @Nullable @QueryValue String province) {
        return Pages.render("shop/communes", contexts.of(request), picker(province, null, null));
    }

    @Post(
            value = "/thanh-toan",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    @CsrfProtected
    HttpResponse<?> place(
            HttpRequest<?> request,
            Authentication authentication,
            @CookieValue(ShopCookies.CART_COOKIE) @Nullable String cookie,
            @Body CheckoutForm form) {
        PageContext ctx = contexts.of(request);
        UUID buyer = Caller.of(authentication).accountId();
        UUID guest = ShopCookies.guestCart(cookie);
        if (form.refresh() != null) {
            // without JavaScript: show the chosen province's communes, keep what was typed
            return Pages.render(
                    "shop/checkout",
                    ctx,
                    checkoutPage(shop.cart(buyer, guest), form, Map.of(), null, buyer));
        }
        Map<String, String> errors = validate(form);
        String errorKey = null;
        if (errors.isEmpty()) {
            try {
                ShopApi.Order order =
                        shop.place(buyer, guest, command(form), blankToNull(form.idempotencyKey()));
                String next =
                        "VIETQR".equals(order.paymentMethod())
                                        && "PENDING_PAYMENT".equals(order.status())
                                ? "/don-hang/" + order.number() + "/thanh-toan"
                                : "/don-hang/" + order.number();
                return HttpResponse.seeOther(URI.create(next));
            } catch (DomainException e) {
                for (FieldViolation v : e.violations()) {
                    String field = pageField(v.field());
                    if (field == null) {
                        errorKey = "problem." + v.code() + ".title";
                    } else {
                        errors.putIfAbsent(field, "problem." + v.code() + ".title");
                    }
                }
                if (e.violations().isEmpty()) {
                    errorKey = "problem." + e.errorCode().code() + ".title";
                }
            }
        }
        ShopApi.Cart cart = shop.cart(buyer, guest);
        CheckoutForm shown =
                new CheckoutForm(
                        null,
                        form.idempotencyKey(),
                        form.name(),
                        form.phone(),
                        form.email(),
                        form.delivery(),
                        form.province(),
                        form.commune(),
                        form.street(),
                        form.salePoint(),
                        form.payment(),
                        null);
        return Pages.render(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "shop/checkout",
                ctx,
                checkoutPage(cart, shown, errors, errorKey, buyer));
    }

    private CheckoutPage checkoutPage(
            ShopApi.Cart cart,
            CheckoutForm form,
            Map<String, String> errors,
            String errorKey,
            UUID buyer) {
        Long fee = null;
        if (form.province() != null && !form.province().isBlank()) {
            OptionalLong found = shop.deliveryFee(buyer, null, form.province());
            fee = found.isPresent() ? found.getAsLong() : null;
        }
        return new CheckoutPage(
                cart,
                form,
                errors,
                errorKey,
                shop.checkoutOptions(),
                places.provinces(),
                fee,
                picker(form.province(), form.commune(), errors.get("commune")));
    }

    private CommunePicker picker(String province, String chosen, String error) {
        String code = blankToNull(province);
        return new CommunePicker(
                code == null ? "" : code,
                code == null ? List.of() : communes.communes(code),
                blankToNull(chosen),
                error);
    }

    /** Field checks with a message per field; the service checks everything again. */
    private static Map<String, String> validate(CheckoutForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blankToNull(f.name()) == null) errors.put("name", "shop.error.required");
        else if (f.name().strip().length() > 200) errors.put("name", "shop.error.tooLong");
        String phone = f.phone() == null ? "" : f.phone().replaceAll("[\\s.]", "");
        if (phone.isEmpty()) errors.put("phone", "shop.error.required");
        else if (!phone.matches(PHONE)) errors.put("phone", "shop.error.phone");
        if (blankToNull(f.email()) != null
                && !f.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "shop.error.email");
        }
        if ("PICKUP".equals(f.delivery())) {
            if (uuid(f.salePoint()) == null) errors.put("salePoint", "shop.error.salePoint");
        } else if ("HOME".equals(f.delivery())) {
            if (blankToNull(f.province()) == null) errors.put("province", "shop.error.required");
            if (blankToNull(f.commune()) == null) errors.put("commune", "shop.error.required");
            if (blankToNull(f.street()) == null) errors.put("street", "shop.error.required");
        } else {
            errors.put("delivery", "shop.error.required");
        }
        if (blankToNull(f.payment()) == null) errors.put("payment", "shop.error.required");
        return errors;
    }

    private static ShopApi.CheckoutForm command(CheckoutForm f) {
        return new ShopApi.CheckoutForm(
                f.name(),
                f.phone() == null ? null : f.phone().replaceAll("[\\s.]", ""),
                f.email(),
                f.delivery(),
                f.province(),
                f.commune(),
                f.street(),
                uuid(f.salePoint()),
                f.payment());
    }

    /** The page's field for a service field, null for the page as a whole. */
    private static String pageField(String field) {
        if (field == null) return null;
        return switch (field) {
            case "recipient.name" -> "name";
            case "recipient.phone" -> "phone";
            case "recipient.email" -> "email";
            case "delivery.kind" -> "delivery";
            case "delivery.provinceCode" -> "province";
            case "delivery.commune" -> "commune";
            case "delivery.street" -> "street";
            case "delivery.salePointId" -> "salePoint";
            case "paymentMethod" -> "payment";
            default -> null;
        };
    }

    // --- orders -----------------------------------------------------------------------------

    @Get(value = "/don-hang/{number}", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> order(
            HttpRequest<?> request, Authentication authentication, @PathVariable String number) {
        PageContext ctx = contexts.of(request);
        try {
            ShopApi.Order order = shop.order(Caller.of(authentication).accountId(), number);
            return Pages.render("shop/order", ctx, orderPages.of(order, ctx));
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
    }

    @Get(value = "/don-hang/{number}/thanh-toan", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> payment(
            HttpRequest<?> request, Authentication authentication, @PathVariable String number) {
        PageContext ctx = contexts.of(request);
        try {
            ShopApi.VietQr payment = shop.vietQr(Caller.of(authentication).accountId(), number);
            return Pages.render("shop/payment", ctx, new PaymentPage(payment));
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
    }

    /** The payment status fragment the payment page polls every 2 s until it says paid. */
    @Get(value = "/don-hang/{number}/thanh-toan/trang-thai", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> paymentStatus(
            HttpRequest<?> request, Authentication authentication, @PathVariable String number) {
        PageContext ctx = contexts.of(request);
        try {
            ShopApi.VietQr payment = shop.vietQr(Caller.of(authentication).accountId(), number);
            return Pages.render("shop/payment-status", ctx, new PaymentPage(payment));
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
    }

    /** The order page's "pay by card" form: on to the card provider's hosted payment page. */
    @Post(
            value = "/don-hang/{number}/the",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    @CsrfProtected
    HttpResponse<?> payByCard(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String number,
            @Body CartForm form) {
        PageContext ctx = contexts.of(request);
        try {
            String url =
                    shop.cardCheckout(Caller.of(authentication).accountId(), number, ctx.locale());
            return HttpResponse.seeOther(URI.create(url));
        } catch (DomainException e) {
            return refusal(ctx, e);
        }
    }

    @Get(value = "/tai-khoan", produces = MediaType.TEXT_HTML)
    @Secured(Role.Names.CONSUMER)
    HttpResponse<?> account(HttpRequest<?> request, Authentication authentication) {
        return Pages.render(
                "shop/account",
                contexts.of(request),
                new AccountPage(shop.orders(Caller.of(authentication).accountId())));
    }

    /** A service refusal as a page with its status: 403 not yours, 404 not found, 409 else. */
    static HttpResponse<?> refusal(PageContext ctx, DomainException e) {
        ProblemKind kind = e.errorCode().kind();
        if (kind == ProblemKind.NOT_FOUND) {
            return Pages.render(HttpStatus.NOT_FOUND, "not-found", ctx, "");
        }
        HttpStatus status = HttpStatus.valueOf(kind.status());
        String title =
                status == HttpStatus.FORBIDDEN ? "shop.forbidden.title" : "shop.refused.title";
        return Pages.render(
                status,
                "shop/error",
                ctx,
                new ErrorPage(title, "problem." + e.errorCode().code() + ".title"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static UUID uuid(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
