package vn.ocop.storefront;

import io.micronaut.context.ApplicationContext;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import vn.ocop.storefront.boot.BootEnvironment;

/**
 * OCOP Market's one runnable application: it composes the config, catalog, traceability and orders
 * modules and serves the pages and the API.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OCOP Market API",
                        version = "v1",
                        description =
                                "Catalogue, traceability and orders for Vietnam's OCOP programme"
                                        + " (Mỗi xã một sản phẩm). Errors are application/problem+json."))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
// Controllers of other modules are compiled elsewhere; the processor takes exact packages.
// OpenApiSpecTest fails when an /api route is missing from the spec.
@OpenAPIInclude(
        packages = {
            "vn.ocop.platform.identity",
            "vn.ocop.catalog.taxonomy",
            "vn.ocop.catalog.place",
            "vn.ocop.catalog.synonym",
            "vn.ocop.catalog.producer",
            "vn.ocop.catalog.product",
            "vn.ocop.catalog.certificate",
            "vn.ocop.catalog.image",
            "vn.ocop.catalog.search",
            "vn.ocop.catalog.importing",
            "vn.ocop.catalog.office",
            "vn.ocop.traceability.web",
            "vn.ocop.orders.web",
            "vn.ocop.orders.payment.web",
            "vn.ocop.traceability.resolver",
            "vn.ocop.traceability.scans"
        })
public class Application {

    public static void main(String[] args) {
        BootEnvironment runtime = BootEnvironment.prepare(System.getenv());
        ApplicationContext context =
                Micronaut.build(args)
                        .mainClass(Application.class)
                        .properties(runtime.properties())
                        .start();
        runtime.closeAfter(context);
    }
}
