package vn.ocop.storefront.robustness;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ordinary request for an operation: path values, required query values, a body. */
final class RequestShapes {

    private RequestShapes() {}

    static Map<String, String> pathValues(ApiSpec.Operation op, Fixtures.Owned owner) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiSpec.Param p : op.in("path")) {
            values.put(p.name(), Fixtures.pathValue(op.path(), p.name(), owner));
        }
        return values;
    }

    static Map<String, String> requiredQuery(ApiSpec.Operation op, SampleValues samples) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiSpec.Param p : op.in("query")) {
            if (p.required()) {
                values.put(p.name(), samples.of(p.schema(), p.name()).asText());
            }
        }
        return values;
    }

    /** Content type to send: multipart needs a boundary. */
    static String contentType(ApiSpec.Operation op) {
        if (op.bodyType() == null) {
            return null;
        }
        return op.bodyType().startsWith("multipart/")
                ? op.bodyType() + "; boundary=robust"
                : op.bodyType();
    }

    /** An empty object for JSON, an empty multipart, empty bytes otherwise; null without a body. */
    static byte[] emptyBody(ApiSpec.Operation op) {
        if (op.bodyType() == null) {
            return op.method().equals("post") || op.method().equals("put") ? new byte[0] : null;
        }
        if (op.hasJsonBody()) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        if (op.bodyType().startsWith("multipart/")) {
            return "--robust--\r\n".getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }
}
