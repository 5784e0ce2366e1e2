package vn.ocop.traceability.application;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.epcis.CaptureJob;
import vn.ocop.traceability.epcis.CaptureJobs;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.EpcisJson;
import vn.ocop.traceability.epcis.EpcisSchema;
import vn.ocop.traceability.epcis.EventIndex;
import vn.ocop.traceability.epcis.Identifiers;

/**
 * EPCIS capture. A document is refused whole when it is over 2 MB (413), not JSON (400), breaks the
 * EPCIS 2.0.1 schema (422, with the validator's reasons in {@code errors[]}), is not an
 * EPCISDocument, or — for a producer member — names a GTIN that is not one of its producer's
 * products (403). Otherwise all its events are stored in one transaction with their document's
 * extra JSON-LD context, so exported events keep the meaning of their prefixes.
 */
@Singleton
public class EventCapture {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final EpcisSchema schema;
    private final CaptureStore store;
    private final CaptureJobs jobs;
    private final ProductsApi products;
    private final Clock clock;

    EventCapture(
            EpcisSchema schema,
            CaptureStore store,
            CaptureJobs jobs,
            ProductsApi products,
            Clock clock) {
        this.schema = schema;
        this.store = store;
        this.jobs = jobs;
        this.products = products;
        this.clock = clock;
    }

    public CaptureJob capture(Caller caller, byte[] body) {
        if (body.length > MAX_BYTES) {
            throw TraceabilityError.DOCUMENT_TOO_LARGE.exception(
                    "The document has " + body.length + " bytes; at most " + MAX_BYTES);
        }
        JsonNode document = parse(body);
        List<FieldViolation> violations =
                schema.validate(document).stream()
                        .map(
                                v ->
                                        new FieldViolation(
                                                v.location(),
                                                "traceability.epcis-schema." + v.keyword(),
                                                v.message()))
                        .toList();
        if (!violations.isEmpty()) {
            throw new DomainException(
                    TraceabilityError.INVALID_EPCIS,
                    violations.size() + " violation(s) of the EPCIS 2.0.1 schema",
                    violations,
                    Map.of());
        }
        if (!"EPCISDocument".equals(document.path("type").asText())) {
            throw TraceabilityError.NOT_AN_EPCIS_DOCUMENT.refuse("/type");
        }
        Instant now = clock.instant();
        UUID jobId = UUID.randomUUID();
        List<EpcisEvent> events = events(caller, document, jobId, now);
        UUID producer = caller.isOffice() ? null : caller.producerId();
        return store.save(
                new CaptureJob(
                        jobId,
                        caller.accountId(),
                        producer,
                        now,
                        now,
                        CaptureJob.Status.SUCCEEDED,
                        events.size()),
                events);
    }

    /** The office sees every job; a member the jobs it submitted. */
    @ReadOnly
    public CaptureJob job(Caller caller, UUID id) {
        return jobs.byId(id)
                .filter(job -> caller.isOffice() || job.submittedBy().equals(caller.accountId()))
                .orElseThrow(
                        () -> TraceabilityError.CAPTURE_NOT_FOUND.exception("No capture " + id));
    }

    private List<EpcisEvent> events(Caller caller, JsonNode document, UUID jobId, Instant now) {
        ArrayNode extraContext = extraContext(document.path("@context"));
        Map<String, List<UUID>> producersByGtin = new HashMap<>();
        List<FieldViolation> refused = new ArrayList<>();
        List<EpcisEvent> events = new ArrayList<>();
        JsonNode list = document.path("epcisBody").path("eventList");
        for (int i = 0; i < list.size(); i++) {
            ObjectNode event = ((ObjectNode) list.get(i)).deepCopy();
            EventIndex index;
            try {
                index = EventIndex.of(event);
            } catch (java.time.DateTimeException e) {
                // RFC 3339 allows what java.time does not read, e.g. a leap second (23:59:60)
                throw TraceabilityError.INVALID_EPCIS.refuse(
                        "/epcisBody/eventList/" + i + "/eventTime");
            }
            event.put("eventID", index.eventId());
            event.put("recordTime", EpcisJson.time(now));
            withContext(event, extraContext);
            Set<UUID> producers = new LinkedHashSet<>();
            boolean foreign = false;
            for (String epc : index.epcs()) {
                Optional<String> gtin = Identifiers.gtin(epc);
                if (gtin.isEmpty()) {
                    continue;
                }
                List<UUID> owners = producersByGtin.computeIfAbsent(gtin.get(), this::producersOf);
                producers.addAll(owners);
                foreign |=
                        !caller.isOffice() && owners.stream().noneMatch(caller::mayActForProducer);
            }
            if (foreign) {
                refused.add(TraceabilityError.NOT_YOUR_EVENTS.at("/epcisBody/eventList/" + i));
            }
            if (!caller.isOffice() && caller.producerId() != null) {
                producers.add(caller.producerId());
            }
            events.add(new EpcisEvent(event, index, null, List.copyOf(producers), jobId));
        }
        if (!refused.isEmpty()) {
            throw TraceabilityError.refusal(refused);
        }
        return events;
    }

    private List<UUID> producersOf(String gtin) {
        return products.variantByGtin(gtin)
                .flatMap(variant -> products.product(variant.productId()))
                .map(ProductView::producerIds)
                .orElse(List.of());
    }

    /** The document's context entries other than GS1's standard context. */
    private static ArrayNode extraContext(JsonNode context) {
        ArrayNode extra = EpcisJson.MAPPER.createArrayNode();
        if (context.isArray()) {
            context.forEach(
                    entry -> {
                        if (!EpcisJson.GS1_CONTEXT.equals(entry.asText())) {
                            extra.add(entry);
                        }
                    });
        } else if (context.isObject()) {
            extra.add(context);
        }
        return extra;
    }

    private static void withContext(ObjectNode event, ArrayNode extra) {
        if (extra.isEmpty()) {
            return;
        }
        ArrayNode merged = extra.deepCopy();
        JsonNode own = event.get("@context");
        List<JsonNode> owns = new ArrayList<>();
        if (own != null && own.isArray()) {
            own.forEach(owns::add);
        } else if (own != null) {
            owns.add(own);
        }
        for (JsonNode entry : owns) {
            boolean present = false;
            for (JsonNode existing : merged) {
                present |= existing.equals(entry);
            }
            if (!present) {
                merged.add(entry);
            }
        }
        event.set("@context", merged);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = EpcisJson.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw TraceabilityError.MALFORMED_DOCUMENT.refuse("body");
            }
            return node;
        } catch (JacksonException | java.io.CharConversionException e) {
            // CharConversionException: bytes Jackson takes for UTF-32 that are not (found by
            // fuzzing)
            throw TraceabilityError.MALFORMED_DOCUMENT.refuse("body");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
