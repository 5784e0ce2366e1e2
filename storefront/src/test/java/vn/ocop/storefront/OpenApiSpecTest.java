package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The spec is generated at build time from controllers compiled in other modules, which the
 * processor only finds through the packages listed on the Application class. This test fails when a
 * route under /api is missing from the spec, e.g. a new controller package not listed.
 */
@MicronautTest(transactional = false)
class OpenApiSpecTest {

    @Inject Router router;

    @Test
    @SuppressWarnings("unchecked")
    void every_api_route_is_described_in_the_generated_spec() throws Exception {
        Map<String, Object> spec;
        try (InputStream in =
                getClass().getResourceAsStream("/META-INF/swagger/ocop-market-api-v1.yml")) {
            assertThat(in).as("generated spec on the class path").isNotNull();
            spec = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> paths =
                (Map<String, Map<String, Object>>) spec.get("paths");

        Set<String> missing = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        router.uriRoutes()
                .map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/"))
                // HEAD is served for every GET route and not listed separately
                .filter(r -> r.getHttpMethod() != io.micronaut.http.HttpMethod.HEAD)
                .forEach(
                        r -> {
                            String path = r.getUriMatchTemplate().toPathString();
                            String method = r.getHttpMethod().name().toLowerCase();
                            seen.add(method + " " + path);
                            Map<String, Object> operations = paths.get(path);
                            if (operations == null || !operations.containsKey(method)) {
                                missing.add(method + " " + path);
                            }
                        });

        assertThat(seen).contains("post /api/v1/accounts", "get /api/v1/taxonomy/groups");
        assertThat(missing).as("routes missing from the OpenAPI spec").isEmpty();
    }
}
