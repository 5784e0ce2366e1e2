package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** EPCIS 2.0 JSON-LD documents around a list of events. */
public final class EpcisDocuments {

    public static final String SCHEMA_VERSION = "2.0";

    private EpcisDocuments() {}

    /** An {@code EPCISDocument}, as a batch's history is exported. */
    public static ObjectNode document(List<ObjectNode> events, Instant created) {
        ObjectNode document = EpcisJson.MAPPER.createObjectNode();
        document.set("@context", EpcisJson.context());
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", SCHEMA_VERSION);
        document.put("creationDate", EpcisJson.time(created));
        document.putObject("epcisBody").putArray("eventList").addAll(events);
        return document;
    }

    /** An {@code EPCISQueryDocument}, as query results are returned. */
    public static ObjectNode queryDocument(List<ObjectNode> events, Instant created) {
        ObjectNode document = EpcisJson.MAPPER.createObjectNode();
        document.set("@context", EpcisJson.context());
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", SCHEMA_VERSION);
        document.put("creationDate", EpcisJson.time(created));
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        results.putObject("resultsBody").putArray("eventList").addAll(events);
        return document;
    }
}
