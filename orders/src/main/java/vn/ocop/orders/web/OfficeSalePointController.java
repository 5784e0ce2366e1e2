package vn.ocop.orders.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.application.DeliveryFees;
import vn.ocop.orders.application.DeliveryFees.Band;
import vn.ocop.orders.application.SalePointService;
import vn.ocop.orders.persistence.JdbcDeliveryFees;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** The office registers sale points and their staff, and edits the delivery-fee table. */
@Controller("/api/v1/office")
@Tag(name = "Sale points")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficeSalePointController {

    private final SalePointService salePoints;
    private final DeliveryFees fees;

    OfficeSalePointController(SalePointService salePoints, DeliveryFees fees) {
        this.salePoints = salePoints;
        this.fees = fees;
    }

    @Post("/sale-points")
    @Operation(summary = "Register a sale point; it becomes a stock location")
    HttpResponse<SalePointResponse> register(
            Authentication authentication, @Body @Valid SalePointService.Register request) {
        return HttpResponse.created(
                SalePointResponse.of(salePoints.register(Caller.of(authentication), request)));
    }

    @Get("/sale-points")
    @Operation(summary = "Every sale point")
    List<SalePointResponse> list() {
        return salePoints.list().stream().map(SalePointResponse::of).toList();
    }

    @Get("/sale-points/{id}")
    @Operation(summary = "One sale point")
    SalePointResponse show(@PathVariable UUID id) {
        return SalePointResponse.of(salePoints.get(id));
    }

    @Post("/sale-points/{id}/staff")
    @Operation(summary = "Create a staff account bound to the sale point")
    HttpResponse<AccountView> addStaff(
            @PathVariable UUID id, @Body @Valid SalePointService.NewStaff request) {
        return HttpResponse.created(salePoints.addStaff(id, request));
    }

    @Get("/delivery-fees")
    @Operation(summary = "The home-delivery fee table (province '*' applies to all others)")
    List<JdbcDeliveryFees.Band> deliveryFees() {
        return fees.all();
    }

    @Put("/delivery-fees/{province}")
    @Operation(summary = "Replace one province's weight bands ('*' for every other province)")
    List<JdbcDeliveryFees.Band> replaceFees(
            @PathVariable String province,
            @Body @NotNull @Size(max = 50) List<@Valid @NotNull Band> bands) {
        return fees.replace(province, bands);
    }
}
