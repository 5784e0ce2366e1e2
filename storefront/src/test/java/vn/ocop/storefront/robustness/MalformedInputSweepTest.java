package vn.ocop.storefront.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The malformed-input sweep generated from the OpenAPI spec: for every operation, called as a role
 * its {@code @Secured} admits, broken JSON, bodies that are not objects, each property with a wrong
 * type, each required property missing, unknown properties, a body over the configured maximum
 * request size, and injection strings (SQL, script, path traversal, NUL and control characters,
 * very long text, emoji and Vietnamese combining marks) in path parameters, query parameters and
 * body fields. Never a 5xx, and every error is {@code application/problem+json}.
 *
 * <p>CI runs a deterministic sample per operation (seed {@code -Docop.sweep.seed}, default
 * 20261122): always the malformed JSON and oversized body cases, plus {@value #SAMPLE} others. The
 * whole sweep runs with {@code -Docop.sweep.full=true}; {@code -Docop.sweep.only=/images} keeps the
 * operations whose method and path contain the text.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = Fixtures.OFFICE_EMAIL)
@Property(name = "ocop.admin.password", value = Fixtures.OFFICE_PASSWORD)
class MalformedInputSweepTest {

    static final int SAMPLE = 8;

    /** The platform's micronaut.server.max-request-size is 10 MiB. */
    static final int HUGE = 10 * 1024 * 1024 + 4096;

    static final Map<String, String> INJECTIONS = injections();

    @Inject EmbeddedServer server;
    @Inject Router router;

    private final ApiSpec spec = ApiSpec.load();
    private Fixtures fixtures;

    /** One request to send: what is wrong with it, and how to build it. */
    record Case(String name, Supplier<Request> request) {}

    record Request(String pathAndQuery, String contentType, byte[] body) {}

    private static Map<String, String> injections() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sql", "' OR 1=1--");
        values.put("script", "<script>alert('x')</script>");
        values.put("traversal", "../../etc/passwd");
        values.put("control", "a\u0000b\u0001c\u001f\u007f\r\nd");
        values.put("long", "Phở".repeat(20_000));
        values.put("unicode", "🍜🇻🇳 Tiếng Việt \u0065\u0301\u0300\u0323\u0303 ử̛ \uFEFF\u202E");
        return values;
    }

    private Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = new Fixtures(server.getURI());
        }
        return fixtures;
    }

    @TestFactory
    Stream<DynamicTest> no_malformed_input_gets_a_server_error() {
        boolean full = Boolean.getBoolean("ocop.sweep.full");
        long seed = Long.getLong("ocop.sweep.seed", 20261122L);
        DeclaredAccess access = new DeclaredAccess(router);
        List<ApiSpec.Operation> operations = spec.operations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<DynamicTest> tests = new ArrayList<>();
        String only = System.getProperty("ocop.sweep.only", "");
        for (ApiSpec.Operation op : operations) {
            if (!op.key().contains(only)) {
                continue;
            }
            List<Case> cases = cases(op);
            List<Case> chosen =
                    full ? cases : sample(cases, new Random(seed ^ op.key().hashCode()));
            for (Case c : chosen) {
                tests.add(
                        DynamicTest.dynamicTest(
                                op.key() + " · " + c.name(), () -> check(op, access, c)));
            }
        }
        return tests.stream();
    }

    private static List<Case> sample(List<Case> cases, Random random) {
        List<Case> always = new ArrayList<>();
        List<Case> others = new ArrayList<>();
        for (Case c : cases) {
            (c.name().equals("malformed JSON") || c.name().equals("oversized body")
                            ? always
                            : others)
                    .add(c);
        }
        Collections.shuffle(others, random);
        always.addAll(others.subList(0, Math.min(SAMPLE, others.size())));
        return always;
    }

    private void check(ApiSpec.Operation op, DeclaredAccess access, Case c) {
        Fixtures f = fixtures();
        String token = caller(op, access, f);
        Request request = c.request().get();
        Calls.Result result =
                new Calls(f.base)
                        .send(
                                op.method(),
                                request.pathAndQuery(),
                                token,
                                request.contentType(),
                                request.body());
        assertThat(result.status())
                .as(op.key() + " · " + c.name() + " → " + result.body())
                .isNotEqualTo(Calls.NO_ANSWER);
        if (result.status() == Calls.NO_RESPONSE) {
            // The server closed the connection instead of answering (a huge request line, or a
            // refused body the client was still writing): allowed, if the server still answers.
            System.out.println(
                    "CLOSED WITHOUT ANSWER: "
                            + op.key()
                            + " · "
                            + c.name()
                            + " → "
                            + result.body());
            assertThat(new Calls(f.base).send("get", "/health", null, null, null).status())
                    .as("the server still answers after " + op.key() + " · " + c.name())
                    .isEqualTo(200);
            return;
        }
        if (!result.notConfigured()) {
            assertThat(result.status())
                    .as(op.key() + " · " + c.name() + " → " + result)
                    .isLessThan(500);
        }
        if (result.status() >= 400) {
            assertThat(result.problemJson())
                    .as(op.key() + " · " + c.name() + " error as problem+json → " + result)
                    .isTrue();
        }
    }

    /**
     * A token of a role the operation admits: a producer member first, then office, staff,
     * consumer.
     */
    private static String caller(ApiSpec.Operation op, DeclaredAccess access, Fixtures f) {
        DeclaredAccess.Rule rule = access.of(op).orElseThrow();
        if (rule.values().contains(SecurityRule.IS_ANONYMOUS)) {
            return null;
        }
        for (Fixtures.Caller caller : f.callers().values()) {
            if (caller.role() != null
                    && caller.role().equals("PRODUCER_MEMBER")
                    && rule.allows(caller.role())) {
                return caller.token();
            }
        }
        for (String role : List.of("OFFICE_ADMIN", "SALE_POINT_STAFF", "CONSUMER")) {
            if (rule.allows(role)) {
                return f.callers().values().stream()
                        .filter(x -> role.equals(x.role()))
                        .findFirst()
                        .orElseThrow()
                        .token();
            }
        }
        throw new AssertionError("no role admitted by " + rule);
    }

    /** Every case for an operation, built lazily (fixtures exist only once a test runs). */
    private List<Case> cases(ApiSpec.Operation op) {
        List<Case> cases = new ArrayList<>();
        String type = RequestShapes.contentType(op);
        if (op.bodyType() != null) {
            if (op.hasJsonBody()) {
                cases.add(
                        new Case(
                                "malformed JSON",
                                () -> request(op, Map.of(), Map.of(), type, "{\"a\": [1, ")));
                for (String notObject : List.of("[]", "\"text\"", "null", "12", "")) {
                    cases.add(
                            new Case(
                                    "body " + (notObject.isEmpty() ? "empty" : notObject),
                                    () -> request(op, Map.of(), Map.of(), type, notObject)));
                }
                cases.add(
                        new Case(
                                "extra unknown fields",
                                () -> {
                                    ObjectNode body = sampleBody(op);
                                    body.put("unknownField", "x")
                                            .putObject("nestedUnknown")
                                            .put("a", 1);
                                    return request(op, Map.of(), Map.of(), type, body.toString());
                                }));
                Map<String, Object> properties = ApiSpec.map(op.bodySchema().get("properties"));
                for (String property : properties.keySet()) {
                    cases.add(
                            new Case(
                                    "wrong type " + property,
                                    () -> {
                                        ObjectNode body = sampleBody(op);
                                        body.set(property, wrongType(body.get(property)));
                                        return request(
                                                op, Map.of(), Map.of(), type, body.toString());
                                    }));
                    for (var injection : INJECTIONS.entrySet()) {
                        cases.add(
                                new Case(
                                        "body " + property + " " + injection.getKey(),
                                        () -> {
                                            ObjectNode body = sampleBody(op);
                                            body.put(property, injection.getValue());
                                            return request(
                                                    op, Map.of(), Map.of(), type, body.toString());
                                        }));
                    }
                }
                for (Object required : ApiSpec.list(op.bodySchema().get("required"))) {
                    cases.add(
                            new Case(
                                    "missing " + required,
                                    () -> {
                                        ObjectNode body = sampleBody(op);
                                        body.remove(String.valueOf(required));
                                        return request(
                                                op, Map.of(), Map.of(), type, body.toString());
                                    }));
                }
                cases.add(
                        new Case(
                                "oversized body",
                                () ->
                                        request(
                                                op,
                                                Map.of(),
                                                Map.of(),
                                                type,
                                                "{\"a\":\"" + "x".repeat(HUGE) + "\"}")));
            } else {
                cases.add(
                        new Case(
                                "malformed JSON",
                                () -> request(op, Map.of(), Map.of(), type, "{\"a\": [1, ")));
                cases.add(
                        new Case(
                                "garbage bytes",
                                () -> new Request(path(op, Map.of(), Map.of()), type, garbage())));
                cases.add(
                        new Case(
                                "oversized body",
                                () ->
                                        new Request(
                                                path(op, Map.of(), Map.of()),
                                                type,
                                                oversized(op))));
            }
        }
        for (ApiSpec.Param p : op.in("path")) {
            for (var injection : INJECTIONS.entrySet()) {
                cases.add(
                        new Case(
                                "path " + p.name() + " " + injection.getKey(),
                                () ->
                                        request(
                                                op,
                                                Map.of(p.name(), injection.getValue()),
                                                Map.of(),
                                                type,
                                                null)));
            }
        }
        for (ApiSpec.Param p : op.in("query")) {
            for (var injection : INJECTIONS.entrySet()) {
                cases.add(
                        new Case(
                                "query " + p.name() + " " + injection.getKey(),
                                () ->
                                        request(
                                                op,
                                                Map.of(),
                                                Map.of(p.name(), injection.getValue()),
                                                type,
                                                null)));
            }
            String t = String.valueOf(p.schema().get("type"));
            if (!t.equals("string")
                    || p.schema().containsKey("format")
                    || p.schema().containsKey("enum")) {
                cases.add(
                        new Case(
                                "query " + p.name() + " wrong type",
                                () ->
                                        request(
                                                op,
                                                Map.of(),
                                                Map.of(p.name(), "not-a-" + t),
                                                type,
                                                null)));
            }
        }
        return cases;
    }

    private ObjectNode sampleBody(ApiSpec.Operation op) {
        JsonNode body = new SampleValues(spec, fixtures().ours).of(op.bodySchema(), "body");
        return body instanceof ObjectNode o ? o : SampleValues.JSON.createObjectNode();
    }

    /**
     * The operation with these path and query overrides; the body given, or a plausible one when
     * null and the operation takes a body.
     */
    private Request request(
            ApiSpec.Operation op,
            Map<String, String> pathOverride,
            Map<String, String> queryOverride,
            String type,
            String body) {
        String text = body;
        if (text == null && op.hasJsonBody()) {
            text = sampleBody(op).toString();
        }
        byte[] bytes =
                text == null ? RequestShapes.emptyBody(op) : text.getBytes(StandardCharsets.UTF_8);
        return new Request(path(op, pathOverride, queryOverride), type, bytes);
    }

    private String path(
            ApiSpec.Operation op,
            Map<String, String> pathOverride,
            Map<String, String> queryOverride) {
        Fixtures f = fixtures();
        Map<String, String> pathValues = RequestShapes.pathValues(op, f.ours);
        pathValues.putAll(pathOverride);
        Map<String, String> query = RequestShapes.requiredQuery(op, new SampleValues(spec, f.ours));
        query.putAll(queryOverride);
        return Calls.path(op.path(), pathValues) + Calls.query(query);
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value == null || value.isTextual()) {
            return SampleValues.JSON.createObjectNode().put("not", "a string");
        }
        if (value.isNumber() || value.isBoolean()) {
            return SampleValues.JSON.getNodeFactory().textNode("không phải số");
        }
        if (value.isArray()) {
            return SampleValues.JSON.getNodeFactory().numberNode(42);
        }
        return SampleValues.JSON.createArrayNode().add(true);
    }

    /**
     * Over the request size limit: for multipart a well-formed upload of one oversized file part (a
     * multipart body that is not multipart at all and over the limit gets no answer: an open
     * finding, see BENCHMARKS.md), raw bytes for any other type.
     */
    private static byte[] oversized(ApiSpec.Operation op) {
        if (!op.bodyType().startsWith("multipart/")) {
            return new byte[HUGE];
        }
        byte[] head =
                ("--robust\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--robust--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + HUGE + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + HUGE, tail.length);
        return body;
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
