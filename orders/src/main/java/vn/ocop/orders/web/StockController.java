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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.application.StockService;
import vn.ocop.orders.persistence.StockLedger;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * A producer's warehouse stock, adjustments and transfers to sale points. The office acts for any
 * producer by naming it ({@code producerId}).
 */
@Controller("/api/v1/producer")
@Tag(name = "Stock")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @Get("/stock")
    @Operation(summary = "Stock levels at the producer's warehouse")
    List<StockService.LevelView> levels(
            Authentication authentication,
            @Parameter(description = "for the office: whose stock") @QueryValue @Nullable
                    UUID producerId) {
        return stock.levels(Caller.of(authentication), producerId);
    }

    @Post("/stock/adjustments")
    @Operation(summary = "Adjust stock: RECEIVE goods, COUNT (set on hand), DAMAGE (write off)")
    StockService.LevelView adjust(
            Authentication authentication, @Body @Valid StockService.Adjust request) {
        return stock.adjust(Caller.of(authentication), request);
    }

    @Get("/stock/movements")
    @Operation(summary = "Every change of the warehouse's stock, newest first")
    List<StockLedger.Movement> movements(
            Authentication authentication,
            @QueryValue @Nullable UUID producerId,
            @QueryValue @Nullable String sku) {
        return stock.movements(Caller.of(authentication), producerId, sku);
    }

    @Post("/transfers")
    @Operation(summary = "Create a transfer of goods to a sale point")
    HttpResponse<StockService.TransferView> createTransfer(
            Authentication authentication, @Body @Valid StockService.NewTransfer request) {
        return HttpResponse.created(stock.createTransfer(Caller.of(authentication), request));
    }

    @Post("/transfers/{id}/ship")
    @Operation(summary = "Ship a transfer: the goods leave the warehouse")
    StockService.TransferView ship(Authentication authentication, @PathVariable UUID id) {
        return stock.ship(Caller.of(authentication), id);
    }
}
