package vn.ocop.storefront.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/** Shorthand for rendering a JTE page with its context and its own data. */
public final class Pages {

    private Pages() {}

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(
            HttpStatus status, String view, PageContext context, Object page) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(view, Map.of("ctx", context, "page", page)));
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(
            String view, PageContext context, Object page) {
        return render(HttpStatus.OK, view, context, page);
    }
}
