package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * GS1's EPCIS 2.0.1 JSON schema (draft-07), with {@code format} asserted: the schema relies on
 * {@code "format": "uri"} to tell namespaced extension fields ({@code example:field}) from misspelt
 * standard ones, so a validator that only annotates formats would accept nearly anything.
 */
@Singleton
public final class EpcisSchema {

    private static final String RESOURCE =
            "/vn/ocop/traceability/epcis/epcis-json-schema-2.0.1.json";
    private static final int MAX_REPORTED = 100;

    private final JsonSchema schema;

    public EpcisSchema() {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .locale(Locale.ENGLISH)
                        .build();
        this.schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(load(), config);
    }

    /** Where the document breaks the schema and why, in document order; empty when valid. */
    public List<Violation> validate(JsonNode document) {
        return schema.validate(document).stream()
                .map(EpcisSchema::violation)
                .distinct()
                .sorted(Comparator.comparing(Violation::location).thenComparing(Violation::message))
                .limit(MAX_REPORTED)
                .toList();
    }

    /** One reason: a JSON pointer into the document, the schema keyword, the message. */
    public record Violation(String location, String keyword, String message) {}

    private static Violation violation(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        return new Violation(
                location.isEmpty() ? "/" : location, message.getType(), message.getMessage());
    }

    private static JsonNode load() {
        try (InputStream in = EpcisSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("EPCIS schema missing from the class path");
            }
            return EpcisJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
