package vn.ocop.orders.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.orders.application.SalePointService;
import vn.ocop.orders.domain.SalePoint;

/** Open sale points, e.g. to choose one for pickup. */
@Controller("/api/v1/sale-points")
@Tag(name = "Sale points")
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicSalePointController {

    private final SalePointService salePoints;

    PublicSalePointController(SalePointService salePoints) {
        this.salePoints = salePoints;
    }

    @Get
    @Operation(summary = "Active sale points")
    List<SalePointResponse> list() {
        return salePoints.list().stream()
                .filter(SalePoint::active)
                .map(SalePointResponse::of)
                .toList();
    }
}
