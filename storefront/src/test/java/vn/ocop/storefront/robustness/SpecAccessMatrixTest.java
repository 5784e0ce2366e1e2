package vn.ocop.storefront.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix generated from the OpenAPI spec: every operation × anonymous and every role,
 * expected access read from the controllers' {@code @Secured}. A caller the declaration does not
 * admit must get 401 (anonymous) or 403; an admitted caller must not be refused by the security
 * layer. Then producer isolation: a producer member calling with ids of another producer's product,
 * batch or producer record gets nothing back, and its lists do not show them. RouteAccessMatrixTest
 * checks the office and producer areas from the router by URL prefix; this one checks every
 * operation of the spec against its own declaration, public ones included.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = Fixtures.OFFICE_EMAIL)
@Property(name = "ocop.admin.password", value = Fixtures.OFFICE_PASSWORD)
class SpecAccessMatrixTest {

    @Inject EmbeddedServer server;
    @Inject Router router;

    private final ApiSpec spec = ApiSpec.load();
    private Fixtures fixtures;

    private Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = new Fixtures(server.getURI());
        }
        return fixtures;
    }

    @TestFactory
    Stream<DynamicTest> every_operation_by_every_role() {
        List<ApiSpec.Operation> operations = spec.operations();
        assertThat(operations).hasSizeGreaterThan(40);
        DeclaredAccess access = new DeclaredAccess(router);
        return operations.stream()
                .map(
                        op ->
                                DynamicTest.dynamicTest(
                                        op.key() + " · every role",
                                        () -> checkEveryRole(op, access)));
    }

    private void checkEveryRole(ApiSpec.Operation op, DeclaredAccess access) {
        var rule = access.of(op);
        assertThat(rule).as("@Secured declared for " + op.key()).isPresent();
        Fixtures f = fixtures();
        Calls calls = new Calls(f.base);
        SampleValues samples = new SampleValues(spec, f.ours);
        String path =
                Calls.path(op.path(), RequestShapes.pathValues(op, f.ours))
                        + Calls.query(RequestShapes.requiredQuery(op, samples));
        List<String> wrong = new ArrayList<>();
        StringBuilder row =
                new StringBuilder("access " + op.key() + " " + rule.get().values() + ":");
        for (Fixtures.Caller caller : f.callers().values()) {
            Calls.Result result =
                    calls.send(
                            op.method(),
                            path,
                            caller.token(),
                            RequestShapes.contentType(op),
                            RequestShapes.emptyBody(op));
            boolean allowed = rule.get().allows(caller.role());
            row.append(' ').append(caller.name()).append('=').append(result.status());
            if (allowed && result.refusedBySecurity()) {
                wrong.add(caller.name() + " is admitted by " + rule.get() + " but got " + result);
            } else if (!allowed) {
                int expected = caller.token() == null ? 401 : 403;
                if (result.status() != expected) {
                    wrong.add(
                            caller.name()
                                    + " is not admitted by "
                                    + rule.get()
                                    + " but got "
                                    + result);
                }
            }
            if (result.status() >= 500 && !result.notConfigured()) {
                wrong.add(caller.name() + " got a server error " + result);
            }
        }
        System.out.println(row);
        assertThat(wrong).as(op.key() + " at " + path).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> a_producer_member_cannot_reach_another_producers_objects() {
        DeclaredAccess access = new DeclaredAccess(router);
        return spec.operations().stream()
                .filter(op -> !op.in("path").isEmpty())
                .filter(op -> access.of(op).map(r -> r.allows("PRODUCER_MEMBER")).orElse(false))
                .filter(op -> !access.of(op).get().values().contains(SecurityRule.IS_ANONYMOUS))
                .filter(
                        op ->
                                op.in("path").stream()
                                        .anyMatch(p -> Fixtures.namesAnObject(op.path(), p.name())))
                .map(
                        op ->
                                DynamicTest.dynamicTest(
                                        op.key() + " · another producer's ids",
                                        () -> crossProducer(op)));
    }

    private void crossProducer(ApiSpec.Operation op) {
        Fixtures f = fixtures();
        Calls calls = new Calls(f.base);
        SampleValues samples = new SampleValues(spec, f.ours);
        byte[] body = null;
        if (op.hasJsonBody()) {
            body = samples.of(op.bodySchema(), "body").toString().getBytes(StandardCharsets.UTF_8);
        } else if (op.method().equals("post") || op.method().equals("put")) {
            body = RequestShapes.emptyBody(op);
        }
        String query = Calls.query(RequestShapes.requiredQuery(op, samples));
        String theirs = Calls.path(op.path(), RequestShapes.pathValues(op, f.theirs)) + query;
        Calls.Result result =
                calls.send(op.method(), theirs, f.member, RequestShapes.contentType(op), body);
        assertThat(result.status())
                .as(
                        "a member of another producer calling "
                                + op.key()
                                + " at "
                                + theirs
                                + ": "
                                + result)
                .isBetween(400, 499);
        boolean everyParameterIsOwned =
                op.in("path").stream().allMatch(p -> Fixtures.namesAnObject(op.path(), p.name()));
        if (op.method().equals("get") && everyParameterIsOwned) {
            // the same call with the member's own objects succeeds, so the refusal above is about
            // ownership, not about a malformed request (only when the fixtures hold every object
            // the path names: a serial or a job id is a fresh value, unknown to both producers)
            String ours = Calls.path(op.path(), RequestShapes.pathValues(op, f.ours)) + query;
            Calls.Result own = calls.send("get", ours, f.member, null, null);
            assertThat(own.status()).as("own objects at " + ours + ": " + own).isBetween(200, 299);
        }
    }

    @TestFactory
    Stream<DynamicTest> a_producer_members_lists_show_no_other_producers_objects() {
        DeclaredAccess access = new DeclaredAccess(router);
        return spec.operations().stream()
                .filter(op -> op.method().equals("get") && op.in("path").isEmpty())
                .filter(
                        op ->
                                op.path().startsWith("/api/v1/producer/")
                                        || op.path().startsWith("/api/v1/traceability/"))
                .filter(op -> access.of(op).map(r -> r.allows("PRODUCER_MEMBER")).orElse(false))
                .filter(op -> op.in("query").stream().noneMatch(ApiSpec.Param::required))
                .map(
                        op ->
                                DynamicTest.dynamicTest(
                                        op.key() + " · lists only own objects",
                                        () -> ownListsOnly(op)));
    }

    private void ownListsOnly(ApiSpec.Operation op) {
        Fixtures f = fixtures();
        Calls.Result result = new Calls(f.base).send("get", op.path(), f.member, null, null);
        assertThat(result.status()).as(op.key() + ": " + result).isLessThan(500);
        for (String foreign :
                List.of(
                        f.theirs.product(),
                        f.theirs.batch(),
                        f.theirs.sku(),
                        f.theirs.gtin(),
                        f.theirs.producer().toString())) {
            assertThat(result.body())
                    .as(op.key() + " shows another producer's " + foreign)
                    .doesNotContain(foreign);
        }
    }
}
