package vn.ocop.orders.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.application.Checkout;
import vn.ocop.orders.application.OrderQueries;
import vn.ocop.orders.application.OrderView;
import vn.ocop.orders.application.OrderWorkflow;
import vn.ocop.orders.application.PlaceOrder;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** Checkout and the buyer's orders; guests may order and track by number + phone. */
@Controller("/api/v1/orders")
@Tag(name = "Orders")
class OrderController {

    private final Checkout checkout;
    private final OrderQueries queries;
    private final OrderWorkflow workflow;

    OrderController(Checkout checkout, OrderQueries queries, OrderWorkflow workflow) {
        this.checkout = checkout;
        this.queries = queries;
        this.workflow = workflow;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary =
                    "Place an order (guest or consumer): lines or the cart, recipient, delivery,"
                            + " payment method. With Idempotency-Key a retry returns the same order;"
                            + " the same key with another body is a 409.")
    HttpResponse<OrderView> place(
            @Nullable Authentication authentication,
            @Parameter(description = "client-chosen key making a retried POST safe")
                    @Header("Idempotency-Key")
                    @Nullable
                    String idempotencyKey,
            @Header(CartController.CART_HEADER) @Nullable UUID cartHeader,
            @CookieValue(CartController.CART_COOKIE) @Nullable String cartCookie,
            @Body @Valid PlaceOrder command) {
        UUID buyer = buyer(authentication);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw OrdersError.INVALID_FIELD.refuse("Idempotency-Key", "1 to 200 characters");
        }
        Checkout.Placed placed =
                checkout.place(
                        buyer,
                        command,
                        CartController.guestCart(cartHeader, cartCookie),
                        idempotencyKey);
        return HttpResponse.created(placed.order())
                .header("Idempotent-Replayed", String.valueOf(placed.replayed()));
    }

    @Get
    @Secured(Role.Names.CONSUMER)
    @Operation(summary = "The consumer's orders, newest first")
    List<OrderView> mine(Authentication authentication) {
        return queries.mine(Caller.of(authentication).accountId());
    }

    @Get("/track")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Track an order by its number and the phone given at checkout")
    OrderView track(@QueryValue String number, @QueryValue String phone) {
        return queries.track(number, phone);
    }

    @Get("/{number}")
    @Secured(Role.Names.CONSUMER)
    @Operation(summary = "One of the consumer's orders with its history")
    OrderView show(Authentication authentication, @PathVariable String number) {
        return queries.mine(Caller.of(authentication).accountId(), number);
    }

    @Post("/{number}/cancel")
    @Secured({Role.Names.CONSUMER, Role.Names.OFFICE_ADMIN})
    @Operation(summary = "Cancel an order before anything shipped; reserved stock is released")
    OrderView cancel(
            Authentication authentication,
            @PathVariable String number,
            @Body @Nullable ReasonRequest reason) {
        return workflow.cancel(
                Caller.of(authentication), number, reason == null ? null : reason.reason());
    }

    /** The buying consumer's account, null for a guest; other roles do not buy online. */
    static UUID buyer(Authentication authentication) {
        if (authentication == null) return null;
        Caller caller = Caller.of(authentication);
        if (caller.role() != Role.CONSUMER) {
            throw OrdersError.NOT_YOURS.exception("Only consumers and guests buy online");
        }
        return caller.accountId();
    }
}
