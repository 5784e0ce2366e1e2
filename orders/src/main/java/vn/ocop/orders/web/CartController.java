package vn.ocop.orders.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import vn.ocop.orders.application.CartService;
import vn.ocop.orders.application.CartView;

/**
 * The shopping cart. A guest's cart id comes back in the {@code ocop_cart} cookie and in the body
 * ({@code cartId}); API clients send it back as {@code X-Cart-Id}. A signed-in consumer's first
 * call with a guest cart id merges that cart into the account's.
 */
@Controller("/api/v1/cart")
@Tag(name = "Cart")
@Secured(SecurityRule.IS_ANONYMOUS)
class CartController {

    static final String CART_HEADER = "X-Cart-Id";
    static final String CART_COOKIE = "ocop_cart";

    private final CartService carts;

    CartController(CartService carts) {
        this.carts = carts;
    }

    /** Adds a quantity of a variant. */
    @Serdeable
    record AddLine(@NotBlank @Size(max = 64) String sku, @PositiveOrZero @Max(999) long quantity) {}

    /** Sets a line's quantity (0 removes it). */
    @Serdeable
    record SetQuantity(@PositiveOrZero @Max(999) long quantity) {}

    @Get
    @Operation(summary = "The cart, priced from the catalogue now")
    HttpResponse<CartView> show(
            @Nullable Authentication authentication,
            @Header(CART_HEADER) @Nullable UUID header,
            @CookieValue(CART_COOKIE) @Nullable String cookie) {
        return respond(
                carts.view(OrderController.buyer(authentication), guestCart(header, cookie)));
    }

    @Post("/lines")
    @Operation(summary = "Add a variant to the cart (creates a guest cart when needed)")
    HttpResponse<CartView> add(
            @Nullable Authentication authentication,
            @Header(CART_HEADER) @Nullable UUID header,
            @CookieValue(CART_COOKIE) @Nullable String cookie,
            @Body @Valid AddLine line) {
        return respond(
                carts.add(
                        OrderController.buyer(authentication),
                        guestCart(header, cookie),
                        line.sku(),
                        line.quantity()));
    }

    @Put("/lines/{sku}")
    @Operation(summary = "Set a line's quantity; 0 removes it")
    HttpResponse<CartView> set(
            @Nullable Authentication authentication,
            @Header(CART_HEADER) @Nullable UUID header,
            @CookieValue(CART_COOKIE) @Nullable String cookie,
            @PathVariable String sku,
            @Body @Valid SetQuantity quantity) {
        return respond(
                carts.set(
                        OrderController.buyer(authentication),
                        guestCart(header, cookie),
                        sku,
                        quantity.quantity()));
    }

    private static HttpResponse<CartView> respond(CartView view) {
        MutableHttpResponse<CartView> response = HttpResponse.ok(view);
        if (view.cartId() != null) {
            response.cookie(
                    Cookie.of(CART_COOKIE, view.cartId().toString())
                            .httpOnly(true)
                            .sameSite(SameSite.Lax)
                            .path("/")
                            .maxAge(Duration.ofDays(30)));
        }
        return response;
    }

    static UUID guestCart(UUID header, String cookie) {
        if (header != null) return header;
        if (cookie == null) return null;
        try {
            return UUID.fromString(cookie);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
