package vn.ocop.traceability.resolver;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * CORS on everything the resolver answers, errors and preflights included: any origin may read it
 * (GS1 conformant resolvers SHALL support CORS), with the {@code Link} and {@code Location} headers
 * exposed.
 */
@ServerFilter({"/01/**", "/.well-known/gs1resolver", "/api/v1/traceability/certification/**"})
class ResolverCors {

    @ResponseFilter
    void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Access-Control-Allow-Origin", "*");
        response.header("Access-Control-Expose-Headers", "Link, Location, Content-Type");
        if (request.getMethod() == io.micronaut.http.HttpMethod.OPTIONS) {
            response.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.header(
                    "Access-Control-Allow-Headers",
                    request.getHeaders()
                            .findFirst("Access-Control-Request-Headers")
                            .orElse("Accept, Accept-Language"));
            response.header("Access-Control-Max-Age", "86400");
        }
    }
}
