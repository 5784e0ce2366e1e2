package vn.ocop.storefront.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A plausible value for a schema: every property filled, enums with their first value, formats
 * honoured, names that mean a producer given the caller's producer. Plausible, not always valid
 * (domain rules are not in the spec), which is enough to get past parsing and into the handler.
 */
final class SampleValues {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiSpec spec;
    private final Fixtures.Owned owner;

    SampleValues(ApiSpec spec, Fixtures.Owned owner) {
        this.spec = spec;
        this.owner = owner;
    }

    JsonNode of(Map<String, Object> schema, String name) {
        return of(spec.resolve(schema), name, 0);
    }

    private JsonNode of(Map<String, Object> schema, String name, int depth) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            Object first = values.get(0);
            return first instanceof Number n
                    ? NODES.numberNode(n.longValue())
                    : NODES.textNode(String.valueOf(first));
        }
        String type =
                String.valueOf(
                        schema.getOrDefault(
                                "type", schema.containsKey("properties") ? "object" : "string"));
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    ApiSpec.map(schema.get("properties"))
                            .forEach(
                                    (k, v) ->
                                            object.set(
                                                    k,
                                                    of(
                                                            spec.resolve(ApiSpec.map(v)),
                                                            k,
                                                            depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(
                            of(
                                    spec.resolve(ApiSpec.map(schema.get("items"))),
                                    singular(name),
                                    depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(number(schema, 1).longValue());
            }
            case "number" -> {
                return NODES.numberNode(number(schema, 1).doubleValue());
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(text(schema, name));
            }
        }
    }

    private static Number number(Map<String, Object> schema, long fallback) {
        return schema.get("minimum") instanceof Number min ? min : fallback;
    }

    private String text(Map<String, Object> schema, String name) {
        String format = String.valueOf(schema.get("format"));
        String lower = name == null ? "" : name.toLowerCase();
        String value =
                switch (format) {
                    case "uuid" ->
                            lower.startsWith("producer")
                                    ? owner.producer().toString()
                                    : java.util.UUID.randomUUID().toString();
                    case "date" -> "2026-01-05";
                    case "date-time" -> "2026-01-05T08:00:00+07:00";
                    case "email" -> "robust-" + java.util.UUID.randomUUID() + "@example.vn";
                    case "uri" -> "https://ocop.example.vn/a";
                    default ->
                            lower.contains("gtin")
                                    ? Fixtures.freshGtin()
                                    : lower.equals("sku")
                                            ? "RB-" + Integer.toHexString(name.hashCode())
                                            : lower.contains("phone")
                                                    ? "0912345678"
                                                    : "Nước mắm Cát Hải";
                };
        if (schema.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
            value = value.substring(0, max.intValue());
        }
        return value;
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
