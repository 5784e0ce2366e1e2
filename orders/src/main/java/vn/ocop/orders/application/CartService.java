package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.persistence.JdbcCarts;

/**
 * Carts: a guest's cart is known by its secret id; an account has one cart. The first authenticated
 * use with a guest cart id merges the guest's lines into the account's cart (quantities added, at
 * most 999 each) and deletes the guest cart. Prices are read from the catalogue whenever the cart
 * is read.
 */
@Singleton
public class CartService {

    private final JdbcCarts carts;
    private final ProductsApi products;
    private final Orderability orderability;
    private final Clock clock;

    CartService(JdbcCarts carts, ProductsApi products, Orderability orderability, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.orderability = orderability;
        this.clock = clock;
    }

    @Transactional
    public CartView view(UUID account, UUID guestCartId) {
        UUID cart = resolve(account, guestCartId, false);
        return cart == null ? new CartView(null, List.of(), 0) : priced(account, cart);
    }

    @Transactional
    public CartView add(UUID account, UUID guestCartId, String sku, long quantity) {
        if (quantity <= 0 || quantity > 999) {
            throw OrdersError.INVALID_FIELD.refuse("quantity", "1 to 999");
        }
        if (products.variantBySku(sku).isEmpty()) {
            throw OrdersError.UNKNOWN_VARIANT.refuse("sku", "No variant " + sku);
        }
        UUID cart = resolve(account, guestCartId, true);
        carts.add(cart, sku, quantity, clock.instant());
        return priced(account, cart);
    }

    @Transactional
    public CartView set(UUID account, UUID guestCartId, String sku, long quantity) {
        if (quantity < 0 || quantity > 999) {
            throw OrdersError.INVALID_FIELD.refuse("quantity", "0 to 999");
        }
        UUID cart = resolve(account, guestCartId, true);
        carts.set(cart, sku, quantity, clock.instant());
        return priced(account, cart);
    }

    /** The lines to check out, in the caller's transaction. */
    List<PlaceOrder.Line> linesForCheckout(UUID account, UUID cartId, UUID guestCartId) {
        UUID cart = resolve(account, guestCartId != null ? guestCartId : cartId, false);
        if (cart == null) return List.of();
        return carts.lines(cart).stream()
                .map(l -> new PlaceOrder.Line(l.sku(), l.quantity(), null, null))
                .toList();
    }

    void clearAfterCheckout(UUID account, UUID cartId, UUID guestCartId) {
        UUID cart = resolve(account, guestCartId != null ? guestCartId : cartId, false);
        if (cart != null) carts.clear(cart);
    }

    /** The cart to use, merging a guest cart into the account's; null when there is none yet. */
    private UUID resolve(UUID account, UUID guestCartId, boolean create) {
        Instant now = clock.instant();
        UUID guest = guestCartId == null ? null : carts.lockGuestCart(guestCartId).orElse(null);
        if (account == null) {
            return guest != null ? guest : create ? carts.newGuestCart(now) : null;
        }
        UUID own = carts.accountCart(account, now);
        if (guest != null) {
            for (JdbcCarts.Line line : carts.lines(guest)) {
                carts.add(own, line.sku(), line.quantity(), now);
            }
            carts.delete(guest);
        }
        return own;
    }

    private CartView priced(UUID account, UUID cart) {
        List<CartView.Line> lines = new ArrayList<>();
        long total = 0;
        for (JdbcCarts.Line l : carts.lines(cart)) {
            var verdict = orderability.online("sku", l.sku(), null, java.time.LocalDate.MAX);
            if (!verdict.ok()) {
                lines.add(
                        new CartView.Line(
                                l.sku(),
                                null,
                                l.quantity(),
                                null,
                                null,
                                false,
                                verdict.refusal().code()));
                continue;
            }
            var s = verdict.sellable();
            long amount = s.variant().priceVnd() * l.quantity();
            total += amount;
            lines.add(
                    new CartView.Line(
                            l.sku(),
                            s.product().nameVi() + " — " + s.variant().nameVi(),
                            l.quantity(),
                            s.variant().priceVnd(),
                            amount,
                            true,
                            null));
        }
        return new CartView(account == null ? cart : null, lines, total);
    }
}
