package vn.ocop.traceability.resolver;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.ocop.kernel.DomainException;

/**
 * CORS on everything the resolver answers, errors and preflights included: any origin may read it
 * (GS1 conformant resolvers SHALL support CORS), with the {@code Link} and {@code Location} headers
 * exposed. Also answers {@code HEAD} on codes: the same status and headers as {@code GET}, no body
 * and no scan recorded.
 */
@ServerFilter({"/01/**", "/.well-known/gs1resolver", "/api/v1/traceability/certification/**"})
class ResolverCors implements Ordered {

    private final ResolverController controller;

    ResolverCors(ResolverController controller) {
        this.controller = controller;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> head(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.HEAD || !request.getPath().startsWith("/01/")) {
            return null;
        }
        String linkType = request.getParameters().getFirst("linkType").orElse(null);
        MutableHttpResponse<?> response;
        try {
            response = ResolverController.respond(controller.resolve(request, linkType), false);
        } catch (DomainException e) {
            HttpStatus status =
                    switch (e.errorCode().kind()) {
                        case NOT_FOUND -> HttpStatus.NOT_FOUND;
                        default -> HttpStatus.BAD_REQUEST;
                    };
            response = HttpResponse.status(status).contentType("application/problem+json");
        }
        allow(request, response);
        return response;
    }

    @ResponseFilter
    void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Access-Control-Allow-Origin", "*");
        response.header("Access-Control-Expose-Headers", "Link, Location, Content-Type");
        if (request.getMethod() == HttpMethod.OPTIONS) {
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
