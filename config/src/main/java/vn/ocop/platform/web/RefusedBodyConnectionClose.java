package vn.ocop.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Closes the connection after a 413: once Micronaut's multipart decoder has refused a body over
 * {@code micronaut.server.max-request-size} it stops reading the rest of it but keeps the
 * connection open, so a client that writes the whole body before it reads (the JDK HttpClient,
 * scripts) waits for ever (seen by the malformed-input sweep; compare micronaut-core issues 4864
 * and 13243). RFC 9110 (15.5.14) lets a server close the connection on a 413; clients that read
 * while they write (browsers, curl) still get the problem response.
 */
@ServerFilter("/**")
class RefusedBodyConnectionClose {

    @ResponseFilter
    void closeAfterRefusedBody(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // Only multipart: other bodies are read to their end and answered on an open connection;
        // closing there too made a client still writing its body lose the 413 to a reset
        // (ApiAccessAndErrorsTest, a JSON body of 11 MB, failed once in CI that way).
        boolean multipart =
                request.getContentType()
                        .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                        .orElse(false);
        if (multipart && response.code() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
            response.header(HttpHeaders.CONNECTION, "close");
        }
    }
}
