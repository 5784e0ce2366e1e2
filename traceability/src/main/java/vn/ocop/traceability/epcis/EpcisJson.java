package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * JSON conventions of our EPCIS documents: decimals kept exact, times as RFC 3339 with milliseconds
 * in Vietnamese time, and the JSON-LD context (GS1's EPCIS 2.0 context plus our own {@code ocop:}
 * prefix for extension fields, {@value #OCOP_NAMESPACE}).
 */
public final class EpcisJson {

    public static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public static final String GS1_CONTEXT =
            "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /** A URN, so the meaning of our extension fields does not depend on the host serving them. */
    public static final String OCOP_NAMESPACE = "urn:ocop:epcis:";

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private EpcisJson() {}

    /** The {@code @context} of every document we write. */
    public static ArrayNode context() {
        ArrayNode context = MAPPER.createArrayNode();
        context.add(GS1_CONTEXT);
        context.addObject().put("ocop", OCOP_NAMESPACE);
        return context;
    }

    public static String time(OffsetDateTime time) {
        return TIME.format(time);
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(VIETNAM).toOffsetDateTime());
    }
}
