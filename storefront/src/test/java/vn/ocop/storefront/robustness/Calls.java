package vn.ocop.storefront.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends one request built from an operation: path values, query, body, token. */
final class Calls {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** What came back; messages show the body cut to a few hundred characters. */
    /** The status of a {@link Result} when no complete response came within the deadline. */
    static final int NO_RESPONSE = 0;

    /**
     * Nothing at all within the exchange's 60 s deadline: always a finding (a client left waiting).
     * Bodies are sent without {@code Expect: 100-continue}: the JDK 17.0.15 client hangs when a
     * server answers such a request with a final status (JDK-8286171, fixed in later updates),
     * which is what an early 400 or 413 is.
     */
    static final int NO_ANSWER = -1;

    record Result(int status, String contentType, String body) {

        boolean problemJson() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /**
         * 503 from a provider endpoint whose provider this installation has not configured (card
         * payments without a Stripe key, bank notifications without a webhook secret): the
         * documented answer until an operator sets the key, not a failure of the server.
         */
        boolean notConfigured() {
            return status == 503
                    && problemJson()
                    && body.matches(
                            "(?s).*\"code\"\\s*:\\s*\"payments\\.[a-z]+-not-configured\".*");
        }

        /** A refusal by the security layer, not by the handler's own rules. */
        boolean refusedBySecurity() {
            return status == 401
                    || (status == 403
                            && (body.contains("platform.forbidden")
                                    || body.contains("platform.unauthenticated")));
        }

        @Override
        public String toString() {
            return status
                    + " "
                    + contentType
                    + " "
                    + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    Calls(URI base) {
        this.base = base;
    }

    /** A path with each {@code {param}} replaced by its value, percent-encoded. */
    static String path(String template, Map<String, String> values) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "x");
            m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String query(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach(
                (k, v) ->
                        out.append(out.length() == 0 ? "?" : "&")
                                .append(encode(k))
                                .append('=')
                                .append(encode(v)));
        return out.toString();
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    Result send(
            String method,
            String pathAndQuery,
            String token,
            String contentType,
            byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(pathAndQuery))
                        .timeout(Duration.ofSeconds(30))
                        .header(
                                "Accept",
                                "application/json, application/problem+json;q=0.9, */*;q=0.5");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        var pending =
                http.sendAsync(
                        request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            // the request timeout only covers the wait for the response headers: a server that
            // answers early while the client still writes a huge body can leave send() waiting
            // for ever, so the whole exchange gets a deadline of its own
            HttpResponse<String> response = pending.get(60, java.util.concurrent.TimeUnit.SECONDS);
            return new Result(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (java.util.concurrent.TimeoutException e) {
            pending.cancel(true);
            return new Result(NO_ANSWER, null, "no complete response within 60 s");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                // e.g. the server refused a huge request line by closing the connection, and the
                // reset arrived before its 414 could be read
                return new Result(NO_RESPONSE, null, "connection closed without a response: " + io);
            }
            throw new IllegalStateException(method + " " + pathAndQuery, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Result send(String method, String pathAndQuery, String token, String contentType, byte[] body) {
        return send(method, pathAndQuery, token, contentType, body, new LinkedHashMap<>());
    }
}
