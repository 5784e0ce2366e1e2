package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The tests' own judge of EPCIS documents: the test copy of GS1's 2.0.1 schema under a draft-07
 * validator with format assertions, set up here independently of the application's validator.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {}

    /** The schema's complaints; empty when the document is valid. */
    public static List<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    public static List<String> violations(String json) {
        try {
            return violations(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in =
                SchemaCheck.class.getResourceAsStream("/epcis/epcis-json-schema-2.0.1.json")) {
            JsonNode schema = JSON.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(
                            schema,
                            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
