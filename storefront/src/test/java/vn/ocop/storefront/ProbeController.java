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

    /**
     * Data access while the database cannot be reached: the real driver's answer (connection
     * refused, SQLSTATE 08001) wrapped as data-access code wraps it. Must become a 503 with
     * Retry-After.
     */
    @Get("/database-down")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Map<String, String> databaseDown() {
        try (java.sql.Connection c =
                java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:1/ocop?connectTimeout=2", "postgres", "")) {
            return Map.of("connected", "unexpectedly");
        } catch (java.sql.SQLException e) {
            throw new io.micronaut.data.exceptions.DataAccessException(
                    "Error executing SQL query", e);
        }
    }

    /** A route whose author forgot @Secured: must be refused for everyone. */
    @Get("/undeclared")
    Map<String, String> undeclared() {
        return Map.of("leaked", "yes");
    }
}
