package vn.ocop.traceability.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import vn.ocop.traceability.epcis.EpcisJson;

/**
 * EPCIS documents go out as JSON-LD ({@code application/ld+json}) when the client asks for it, as
 * plain {@code application/json} otherwise; the body is the same. Written with Jackson because they
 * are JSON trees, not records.
 */
final class EpcisMedia {
    static final String LD_JSON = "application/ld+json";
    static final String JSON = "application/json";

    private EpcisMedia() {}

    static MutableHttpResponse<String> respond(HttpRequest<?> request, JsonNode document) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT, String.class).orElse("");
        try {
            return HttpResponse.ok(EpcisJson.MAPPER.writeValueAsString(document))
                    .contentType(accept.contains(LD_JSON) ? LD_JSON : JSON)
                    .header("GS1-EPCIS-Version", "2.0.0")
                    .header("GS1-CBV-Version", "2.0.0");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EPCIS document not writable", e);
        }
    }
}
