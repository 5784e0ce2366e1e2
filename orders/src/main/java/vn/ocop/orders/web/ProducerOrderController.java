package vn.ocop.orders.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.application.OrderQueries;
import vn.ocop.orders.application.OrderView;
import vn.ocop.orders.application.OrderWorkflow;
import vn.ocop.orders.application.OrderWorkflow.FulfilmentAction;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * A producer's fulfilments (its part of each order): pack, ship with a tracking number, deliver,
 * record a failed delivery and the goods' return. The office may act on any.
 */
@Controller("/api/v1/producer/orders")
@Tag(name = "Fulfilments")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class ProducerOrderController {

    private final OrderQueries queries;
    private final OrderWorkflow workflow;

    ProducerOrderController(OrderQueries queries, OrderWorkflow workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }

    /** The courier's tracking number. */
    @Serdeable
    record Shipment(@NotBlank @Size(max = 100) String trackingNumber) {}

    @Get
    @Operation(summary = "Orders with a fulfilment of the member's producer (only that part shown)")
    List<OrderView> list(Authentication authentication) {
        return queries.forProducerOrOffice(Caller.of(authentication));
    }

    @Get("/{number}")
    @Operation(summary = "One order, with the producer's fulfilment and its history")
    OrderView show(Authentication authentication, @PathVariable String number) {
        return queries.forProducerOrOffice(Caller.of(authentication), number);
    }

    @Post("/{number}/fulfilments/{fulfilmentId}/pack")
    @Operation(summary = "The fulfilment is packed")
    OrderView pack(
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId) {
        return act(authentication, number, fulfilmentId, FulfilmentAction.PACK, null);
    }

    @Post("/{number}/fulfilments/{fulfilmentId}/ship")
    @Operation(summary = "Handed to the courier with a tracking number; stock leaves the warehouse")
    OrderView ship(
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId,
            @Body @Valid Shipment shipment) {
        return act(
                authentication,
                number,
                fulfilmentId,
                FulfilmentAction.SHIP,
                shipment.trackingNumber());
    }

    @Post("/{number}/fulfilments/{fulfilmentId}/deliver")
    @Operation(summary = "Delivered to the buyer (COD: money collected)")
    OrderView deliver(
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId) {
        return act(authentication, number, fulfilmentId, FulfilmentAction.DELIVER, null);
    }

    @Post("/{number}/fulfilments/{fulfilmentId}/fail-delivery")
    @Operation(summary = "The courier could not deliver; the goods come back")
    OrderView failDelivery(
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId,
            @Body @Nullable @Valid ReasonRequest reason) {
        return act(
                authentication,
                number,
                fulfilmentId,
                FulfilmentAction.FAIL_DELIVERY,
                reason == null ? null : reason.reason());
    }

    @Post("/{number}/fulfilments/{fulfilmentId}/return")
    @Operation(summary = "The goods are back at the warehouse; stock goes back")
    OrderView returned(
            Authentication authentication,
            @PathVariable String number,
            @PathVariable UUID fulfilmentId,
            @Body @Nullable @Valid ReasonRequest reason) {
        return act(
                authentication,
                number,
                fulfilmentId,
                FulfilmentAction.RETURN,
                reason == null ? null : reason.reason());
    }

    private OrderView act(
            Authentication authentication,
            String number,
            UUID fulfilmentId,
            FulfilmentAction action,
            String text) {
        return workflow.act(Caller.of(authentication), number, fulfilmentId, action, text);
    }
}
