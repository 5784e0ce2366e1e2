package vn.ocop.storefront.producerops;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a refused form shows: the problem's title and detail in the page's language, and a message
 * per refused field. A field is found by its form name or by the last part of the service's path
 * (e.g. {@code labTests[2].lab} is the form's {@code lab}).
 */
public record FormErrors(String title, String detail, Map<String, String> fields) {

    public static final FormErrors NONE = new FormErrors(null, null, Map.of());

    public FormErrors {
        fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
    }

    public boolean any() {
        return title != null;
    }

    public String field(String name) {
        String exact = fields.get(name);
        if (exact != null) {
            return exact;
        }
        for (var e : fields.entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            if (dot >= 0 && key.substring(dot + 1).equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
