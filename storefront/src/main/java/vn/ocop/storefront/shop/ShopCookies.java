package vn.ocop.storefront.shop;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * The guest cart cookie, the same {@code ocop_cart} the cart API sets, so the pages and the API
 * share one cart; once a consumer is logged in the guest cart is merged and the cookie dropped.
 */
final class ShopCookies {

    static final String CART_COOKIE = "ocop_cart";

    private ShopCookies() {}

    static UUID guestCart(String cookie) {
        if (cookie == null || cookie.isBlank()) return null;
        try {
            return UUID.fromString(cookie.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The consumer buying, null for a guest; other roles do not buy online (403). */
    static UUID buyer(Authentication authentication) {
        if (authentication == null) return null;
        Caller caller = Caller.of(authentication);
        if (caller.role() != Role.CONSUMER) {
            throw new DomainException(
                    OrdersError.NOT_YOURS, "Only consumers and guests buy online");
        }
        return caller.accountId();
    }

    /**
     * Keeps the guest cart's id in the cookie, or drops the cookie once the cart is an account's.
     */
    static <T> MutableHttpResponse<T> remember(
            MutableHttpResponse<T> response, ShopApi.Cart cart, String cookie) {
        if (cart.guestCartId() != null) {
            response.cookie(
                    Cookie.of(CART_COOKIE, cart.guestCartId().toString())
                            .httpOnly(true)
                            .sameSite(SameSite.Lax)
                            .path("/")
                            .maxAge(Duration.ofDays(30)));
        } else if (cookie != null) {
            response.cookie(Cookie.of(CART_COOKIE, "").path("/").maxAge(0));
        }
        return response;
    }
}
