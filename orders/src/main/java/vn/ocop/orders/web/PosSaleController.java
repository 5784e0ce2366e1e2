package vn.ocop.orders.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.application.PosSales;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** Counter sales of a sale point, by its staff (or the office). */
@Controller("/api/v1/sale-point/{salePointId}/sales")
@Tag(name = "Sale point")
@Secured({Role.Names.SALE_POINT_STAFF, Role.Names.OFFICE_ADMIN})
class PosSaleController {

    private final PosSales sales;

    PosSaleController(PosSales sales) {
        this.sales = sales;
    }

    @Post
    @Operation(
            summary =
                    "Record a sale with a client-generated id (sent again, it is stored once):"
                            + " lines by SKU or scanned code; that sale point's stock decrements")
    HttpResponse<PosSales.SaleView> sell(
            Authentication authentication,
            @PathVariable UUID salePointId,
            @Body @Valid PosSales.NewSale sale) {
        var view = sales.sell(Caller.of(authentication), salePointId, sale);
        return HttpResponse.created(view);
    }

    @Get
    @Operation(
            summary =
                    "The sale point's latest sales (newest first, at most 200), each with its"
                            + " number and payment state")
    List<PosSales.SaleView> recent(
            Authentication authentication,
            @PathVariable UUID salePointId,
            @Nullable @QueryValue Integer limit) {
        return sales.recent(Caller.of(authentication), salePointId, limit == null ? 50 : limit);
    }

    @Get("/{saleId}")
    @Operation(
            summary =
                    "A recorded sale with its number and payment state (PAID, AWAITING_TRANSFER,"
                            + " NEEDS_REVIEW, REFUNDED) and, while a VietQR sale awaits its"
                            + " transfer, the code to scan; poll until PAID")
    PosSales.SaleView sale(
            Authentication authentication,
            @PathVariable UUID salePointId,
            @PathVariable UUID saleId) {
        return sales.find(Caller.of(authentication), salePointId, saleId)
                .orElseThrow(() -> OrdersError.SALE_NOT_FOUND.exception("No sale " + saleId));
    }
}
