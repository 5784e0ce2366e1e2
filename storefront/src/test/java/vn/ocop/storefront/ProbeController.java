package vn.ocop.storefront;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/** Test-only routes for behaviour no production route should show on purpose. */
@Controller("/test-probe")
class ProbeController {

    /** A bug in a handler: must become a 500 without internals. */
    @Get("/explode")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Map<String, String> explode() {
        throw new IllegalStateException(
                "secret internals: jdbc:postgresql://db/ocop?password=hunter2");
    }

    /** A route whose author forgot @Secured: must be refused for everyone. */
    @Get("/undeclared")
    Map<String, String> undeclared() {
        return Map.of("leaked", "yes");
    }
}
