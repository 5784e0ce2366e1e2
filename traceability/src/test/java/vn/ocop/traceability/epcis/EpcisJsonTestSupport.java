package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

final class EpcisJsonTestSupport {
    private EpcisJsonTestSupport() {}

    static JsonNode read(String json) {
        try {
            return EpcisJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
