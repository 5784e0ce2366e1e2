package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * Every office and producer route of every module, found from the router rather than listed by
 * hand: anonymous callers get 401, and callers of a role that does not own the area get 403 —
 * before any body is read.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@matrix.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class RouteAccessMatrixTest {

    @Inject EmbeddedServer server;
    @Inject Router router;

    private record Route(HttpMethod method, String path, String contentType) {}

    private List<Route> routesUnder(String prefix) {
        List<Route> routes = new ArrayList<>();
        router.uriRoutes()
                .map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .forEach(
                        r -> {
                            String template = r.getUriMatchTemplate().toPathString();
                            if (template.startsWith(prefix)) {
                                String path =
                                        template.replaceAll(
                                                "\\{[^}]+}", UUID.randomUUID().toString());
                                String type =
                                        r.getConsumes().isEmpty()
                                                ? "application/json"
                                                : r.getConsumes().get(0).toString();
                                if (type.startsWith("multipart/")) {
                                    type = type + "; boundary=matrix";
                                }
                                routes.add(new Route(r.getHttpMethod(), path, type));
                            }
                        });
        return routes;
    }

    private int call(WebClient client, Route route, String token) {
        HttpRequest.Builder request =
                client.builder(route.path())
                        .header("Accept", "*/*")
                        .header("Content-Type", route.contentType())
                        .method(
                                route.method().name(),
                                route.method().permitsRequestBody()
                                        ? HttpRequest.BodyPublishers.ofString("{}")
                                        : HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request).status();
    }

    @Test
    void office_routes_refuse_everyone_but_the_office() {
        var client = new WebClient(server.getURI());
        String consumer = client.consumerToken("matrix-" + UUID.randomUUID() + "@example.vn");
        String office = client.token("office@matrix.test", "office-password-1");
        String member = producerMember(client, office);
        List<Route> routes = routesUnder("/api/v1/office/");
        assertThat(routes).hasSizeGreaterThan(5);

        for (Route route : routes) {
            assertThat(call(client, route, null)).as("anonymous " + route).isEqualTo(401);
            assertThat(call(client, route, consumer)).as("consumer " + route).isEqualTo(403);
            assertThat(call(client, route, member)).as("producer member " + route).isEqualTo(403);
            assertThat(call(client, route, office)).as("office " + route).isNotIn(401, 403, 500);
        }
    }

    @Test
    void producer_routes_refuse_anonymous_callers_and_consumers() {
        var client = new WebClient(server.getURI());
        String consumer = client.consumerToken("matrix-" + UUID.randomUUID() + "@example.vn");
        List<Route> routes = routesUnder("/api/v1/producer/");
        assertThat(routes).hasSizeGreaterThan(3);

        for (Route route : routes) {
            assertThat(call(client, route, null)).as("anonymous " + route).isEqualTo(401);
            assertThat(call(client, route, consumer)).as("consumer " + route).isEqualTo(403);
        }
    }

    private static String producerMember(WebClient client, String office) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var created =
                client.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"Xã viên\",\"password\":\"mat-khau-123\","
                                + "\"role\":\"PRODUCER_MEMBER\",\"producerId\":\""
                                + UUID.randomUUID()
                                + "\"}",
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return client.token(email, "mat-khau-123");
    }
}
