package vn.ocop.storefront.pos;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The counter's service worker and web manifest, served under {@code /diem-ban/} so that the
 * worker's default scope covers the counter pages (a worker served from {@code /static/} could only
 * control {@code /static/}). Both are public: they hold no data, only the app shell's code.
 */
@Controller("/diem-ban")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class ServiceWorkerController {

    static final String WORKER_TYPE = "text/javascript; charset=utf-8";
    static final String MANIFEST_TYPE = "application/manifest+json; charset=utf-8";

    private final byte[] worker = resource("static/pos-sw.js");
    private final byte[] manifest = resource("static/pos.webmanifest");

    @Get(value = "/sw.js", produces = WORKER_TYPE)
    HttpResponse<byte[]> worker() {
        return HttpResponse.ok(worker)
                .contentType(WORKER_TYPE)
                .header("Service-Worker-Allowed", "/diem-ban/")
                .header("Cache-Control", "no-cache");
    }

    @Get(value = "/pos.webmanifest", produces = MANIFEST_TYPE)
    HttpResponse<byte[]> manifest() {
        return HttpResponse.ok(manifest)
                .contentType(MANIFEST_TYPE)
                .header("Cache-Control", "no-cache");
    }

    private static byte[] resource(String name) {
        try (InputStream in =
                ServiceWorkerController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
