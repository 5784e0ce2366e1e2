package vn.ocop.orders.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.application.StockService;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** Sale-point staff receive transfers and see their stock; the office may too. */
@Controller("/api/v1/sale-point")
@Tag(name = "Stock")
@Secured({Role.Names.SALE_POINT_STAFF, Role.Names.OFFICE_ADMIN})
class SalePointStockController {

    private final StockService stock;

    SalePointStockController(StockService stock) {
        this.stock = stock;
    }

    @Get("/{salePointId}/stock")
    @Operation(summary = "Stock levels at the sale point")
    List<StockService.LevelView> levels(
            Authentication authentication, @PathVariable UUID salePointId) {
        return stock.salePointLevels(Caller.of(authentication), salePointId);
    }

    @Post("/transfers/{id}/receive")
    @Operation(summary = "Receive a shipped transfer: the goods arrive at the sale point")
    StockService.TransferView receive(Authentication authentication, @PathVariable UUID id) {
        return stock.receive(Caller.of(authentication), id);
    }
}
