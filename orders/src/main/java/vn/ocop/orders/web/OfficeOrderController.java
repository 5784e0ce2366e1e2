package vn.ocop.orders.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.orders.application.OrderQueries;
import vn.ocop.orders.application.OrderView;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** The office sees every order whole. */
@Controller("/api/v1/office/orders")
@Tag(name = "Orders")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficeOrderController {

    private final OrderQueries queries;

    OfficeOrderController(OrderQueries queries) {
        this.queries = queries;
    }

    @Get
    @Operation(summary = "Every order, newest first")
    List<OrderView> list(Authentication authentication) {
        return queries.forProducerOrOffice(Caller.of(authentication));
    }

    @Get("/{number}")
    @Operation(summary = "One order with its full history")
    OrderView show(Authentication authentication, @PathVariable String number) {
        return queries.forProducerOrOffice(Caller.of(authentication), number);
    }
}
