package vn.ocop.storefront.producer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.Pages;

/** The page a member sees for another producer's data: 403, saying nothing about it. */
final class Forbidden {

    private Forbidden() {}

    static HttpResponse<?> page(PageContext context) {
        return Pages.render(HttpStatus.FORBIDDEN, "producer/forbidden", context, "");
    }
}
