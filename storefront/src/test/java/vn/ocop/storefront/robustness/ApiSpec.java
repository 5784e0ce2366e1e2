package vn.ocop.storefront.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document the storefront generates at compile time, read as the tests need it: every
 * operation with its parameters and request body, schemas resolved ({@code $ref}, {@code allOf}).
 * Whatever endpoints the spec holds when the tests run are the ones swept.
 */
final class ApiSpec {

    static final String RESOURCE = "/META-INF/swagger/ocop-market-api-v1.yml";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /**
     * One parameter: where it goes ({@code path}, {@code query}, {@code header}) and its schema.
     */
    record Param(String name, String in, boolean required, Map<String, Object> schema) {}

    /** One operation; {@code bodyType} is null when it takes no body. */
    record Operation(
            String method,
            String path,
            String operationId,
            List<Param> params,
            String bodyType,
            Map<String, Object> bodySchema) {

        String key() {
            return method.toUpperCase() + " " + path;
        }

        boolean hasJsonBody() {
            return bodyType != null && bodyType.contains("json");
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final Map<String, Object> document;

    private ApiSpec(Map<String, Object> document) {
        this.document = document;
    }

    static ApiSpec load() {
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("generated spec missing: " + RESOURCE);
            }
            return new ApiSpec(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths"))
                .forEach(
                        (path, item) -> {
                            Map<String, Object> pathItem = map(item);
                            List<Object> shared = list(pathItem.get("parameters"));
                            for (String method : METHODS) {
                                if (pathItem.containsKey(method)) {
                                    operations.add(
                                            operation(
                                                    method,
                                                    path,
                                                    map(pathItem.get(method)),
                                                    shared));
                                }
                            }
                        });
        return operations;
    }

    private Operation operation(
            String method, String path, Map<String, Object> op, List<Object> shared) {
        List<Param> params = new ArrayList<>();
        List<Object> all = new ArrayList<>(shared);
        all.addAll(list(op.get("parameters")));
        for (Object raw : all) {
            Map<String, Object> p = resolve(map(raw));
            params.add(
                    new Param(
                            (String) p.get("name"),
                            (String) p.get("in"),
                            Boolean.TRUE.equals(p.get("required")),
                            resolve(map(p.get("schema")))));
        }
        String bodyType = null;
        Map<String, Object> bodySchema = Map.of();
        Map<String, Object> content = map(resolve(map(op.get("requestBody"))).get("content"));
        if (!content.isEmpty()) {
            // JSON first when an operation accepts several types
            bodyType =
                    content.keySet().stream()
                            .filter(t -> t.contains("json"))
                            .findFirst()
                            .orElse(content.keySet().iterator().next());
            bodySchema = resolve(map(map(content.get(bodyType)).get("schema")));
        }
        return new Operation(
                method,
                path,
                String.valueOf(op.get("operationId")),
                List.copyOf(params),
                bodyType,
                bodySchema);
    }

    /**
     * Follows {@code $ref}s and merges {@code allOf}; {@code oneOf}/{@code anyOf} take the first.
     */
    Map<String, Object> resolve(Map<String, Object> schema) {
        return resolve(schema, 0);
    }

    private Map<String, Object> resolve(Map<String, Object> schema, int depth) {
        if (depth > 20 || schema.isEmpty()) {
            return schema;
        }
        if (schema.get("$ref") instanceof String ref) {
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part);
            }
            Map<String, Object> merged = new LinkedHashMap<>(map(target));
            schema.forEach((k, v) -> merged.putIfAbsent(k.equals("$ref") ? "x-ref" : k, v));
            return resolve(merged, depth + 1);
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            Map<String, Object> merged = new LinkedHashMap<>(schema);
            merged.remove("allOf");
            Map<String, Object> properties = new LinkedHashMap<>(map(schema.get("properties")));
            List<Object> required = new ArrayList<>(list(schema.get("required")));
            for (Object part : parts) {
                Map<String, Object> resolved = resolve(map(part), depth + 1);
                properties.putAll(map(resolved.get("properties")));
                required.addAll(list(resolved.get("required")));
                resolved.forEach(merged::putIfAbsent);
            }
            merged.put("properties", properties);
            merged.put("required", required);
            return merged;
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.get(choice) instanceof List<?> options && !options.isEmpty()) {
                Map<String, Object> first =
                        new LinkedHashMap<>(resolve(map(options.get(0)), depth + 1));
                schema.forEach((k, v) -> first.putIfAbsent(k.equals(choice) ? "x-" + k : k, v));
                return first;
            }
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
