package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GS1 Digital Link URI the way the GS1 reference engine does: scheme, domain (only its
 * character set is checked), an optional path stem, then the rightmost primary key with its
 * qualifiers in the path, and data attributes in the query string. Query parameters whose name is
 * not numeric are ignored; a numeric name must be a known AI. The fragment is ignored.
 */
final class DigitalLinkParser {

    /** The reference engine's limit on the AIs (and ignored query parameters) in one code. */
    static final int MAX_AIS = 64;

    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final String BAD_DOMAIN_CHARACTERS = "_~?#@!$&'()*+,;=%";

    private final AiDictionary dictionary;
    private final DigitalLinkOptions options;

    DigitalLinkParser(AiDictionary dictionary, DigitalLinkOptions options) {
        this.dictionary = dictionary;
        this.options = options;
    }

    DigitalLink parse(String uri) {
        if (uri == null || uri.isEmpty()) {
            throw fail(DigitalLinkError.BAD_SCHEME, "The URI is empty");
        }
        for (int i = 0; i < uri.length(); i++) {
            if (URI_CHARACTERS.indexOf(uri.charAt(i)) < 0) {
                throw fail(
                        DigitalLinkError.ILLEGAL_CHARACTER,
                        Linter.describe(uri.charAt(i))
                                + " at position "
                                + (i + 1)
                                + " may not occur in a URI");
            }
        }
        int domainStart = schemeLength(uri);
        int pathStart = uri.indexOf('/', domainStart);
        if (pathStart <= domainStart) {
            throw fail(
                    DigitalLinkError.MISSING_DOMAIN_OR_PATH, "The URI needs a domain and a path");
        }
        String domain = uri.substring(domainStart, pathStart);
        for (char c : domain.toCharArray()) {
            if (BAD_DOMAIN_CHARACTERS.indexOf(c) >= 0) {
                throw fail(DigitalLinkError.BAD_DOMAIN, "'" + c + "' may not occur in the domain");
            }
        }
        String rest = uri.substring(pathStart);
        int fragment = rest.indexOf('#');
        rest = fragment < 0 ? rest : rest.substring(0, fragment);
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);

        String[] segments = path.split("/", -1);
        int root = findPrimaryKey(segments);
        Builder data = new Builder();
        for (int k = root; k < segments.length; k += 2) {
            AiDefinition definition = lookup(segments[k]);
            if (segments[k + 1].isEmpty()) {
                throw AiValues.fail(
                        DigitalLinkError.EMPTY_VALUE, segments[k], "path value is empty");
            }
            data.addPath(
                    definition, value(definition, PercentEncoding.decode(segments[k + 1], false)));
        }
        if (query != null) {
            readQuery(query, data);
        }
        List<String> pathAis = data.path.stream().map(AiValues.Resolved::ai).toList();
        if (!dictionary.isValidPathSequence(pathAis)) {
            throw fail(
                    DigitalLinkError.INVALID_KEY_QUALIFIER_SEQUENCE,
                    "The path AIs " + pathAis + " are not a valid key and qualifier sequence");
        }
        checkAttributes(data, pathAis);
        List<AiValues.Resolved> all = data.all();
        all.forEach(r -> AiValues.checkComponents(r.definition(), r.value()));
        AiValues.checkAssociations(all);
        String stem =
                uri.substring(0, pathStart) + String.join("/", List.of(segments).subList(0, root));
        return new DigitalLink(uri, stem, data.path, data.attributes);
    }

    private static int schemeLength(String uri) {
        for (String scheme : List.of("https://", "HTTPS://", "http://", "HTTP://")) {
            if (uri.startsWith(scheme)) {
                return scheme.length();
            }
        }
        throw fail(DigitalLinkError.BAD_SCHEME, "The URI must start with http:// or https://");
    }

    /**
     * Walks back from the end of the path in {@code /AI/value} pairs until a primary key: every AI
     * passed on the way must be known, and whatever precedes the key is the stem.
     */
    private int findPrimaryKey(String[] segments) {
        for (int k = segments.length - 2; k >= 1; k -= 2) {
            var definition = dictionary.lookup(segments[k], options.permitUnknownAis());
            if (definition.isEmpty()) {
                break;
            }
            if (dictionary.isPrimaryKey(definition.get().ai())) {
                return k;
            }
        }
        throw fail(
                DigitalLinkError.NO_PRIMARY_KEY, "The path holds no GS1 Digital Link primary key");
    }

    private void readQuery(String query, Builder data) {
        int p = 0;
        while (p < query.length()) {
            while (p < query.length() && query.charAt(p) == '&') {
                p++;
            }
            int end = query.indexOf('&', p);
            end = end < 0 ? query.length() : end;
            String parameter = query.substring(p, end);
            p = end;
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? "" : parameter.substring(0, equals);
            if (name.isEmpty() || !Linter.allDigits(name)) {
                data.countIgnored();
                continue;
            }
            AiDefinition definition =
                    dictionary
                            .lookup(name, options.permitUnknownAis())
                            .orElseThrow(
                                    () ->
                                            fail(
                                                    DigitalLinkError.UNKNOWN_AI,
                                                    "Unknown AI (" + name + ") in the query"));
            String raw = parameter.substring(equals + 1);
            if (raw.isEmpty()) {
                throw AiValues.fail(DigitalLinkError.EMPTY_VALUE, name, "query value is empty");
            }
            data.addAttribute(definition, value(definition, PercentEncoding.decode(raw, true)));
        }
    }

    private AiDefinition lookup(String ai) {
        return dictionary
                .lookup(ai, options.permitUnknownAis())
                .orElseThrow(() -> fail(DigitalLinkError.UNKNOWN_AI, "Unknown AI (" + ai + ")"));
    }

    /** Pads a zero-suppressed GTIN when that legacy mode is on, then checks the length. */
    private String value(AiDefinition definition, String decoded) {
        String value = decoded;
        if (options.permitZeroSuppressedGtin()
                && definition.ai().equals("01")
                && AiValues.isShortGtinLength(value.length())) {
            value = "0".repeat(14 - value.length()) + value;
        }
        AiValues.checkLength(definition, value);
        return value;
    }

    /**
     * Query AIs: no repeats of any AI, only AIs the dictionary allows as attributes, and none that
     * would have been a valid qualifier in the path (for example {@code ?10=} after {@code /01/}).
     */
    private void checkAttributes(Builder data, List<String> pathAis) {
        List<AiValues.Resolved> seen = new ArrayList<>(data.path);
        for (AiValues.Resolved attribute : data.attributes) {
            String ai = attribute.ai();
            if (seen.stream().anyMatch(r -> r.ai().equals(ai))) {
                throw AiValues.fail(DigitalLinkError.DUPLICATE_AI, ai, "occurs more than once");
            }
            seen.add(attribute);
            if (!DigitalLinkGenerator.isAllowedAttribute(attribute.definition(), options)) {
                throw AiValues.fail(
                        DigitalLinkError.NOT_A_DATA_ATTRIBUTE, ai, "is not a data attribute");
            }
            for (int j = 1; j <= pathAis.size(); j++) {
                List<String> trial = new ArrayList<>(pathAis);
                trial.add(j, ai);
                if (dictionary.isValidPathSequence(trial)) {
                    throw AiValues.fail(
                            DigitalLinkError.QUALIFIER_IN_QUERY,
                            ai,
                            "is a key qualifier and belongs in the path");
                }
            }
        }
    }

    private static DigitalLinkException fail(DigitalLinkError reason, String detail) {
        return new DigitalLinkException(reason, detail);
    }

    /** The AIs read so far, with the engine's count of entries (ignored parameters included). */
    private static final class Builder {
        final List<AiValues.Resolved> path = new ArrayList<>();
        final List<AiValues.Resolved> attributes = new ArrayList<>();
        private int entries;

        void addPath(AiDefinition definition, String value) {
            count();
            path.add(new AiValues.Resolved(definition, value));
        }

        void addAttribute(AiDefinition definition, String value) {
            count();
            attributes.add(new AiValues.Resolved(definition, value));
        }

        void countIgnored() {
            count();
        }

        private void count() {
            if (++entries > MAX_AIS) {
                throw fail(DigitalLinkError.TOO_MANY_AIS, "More than " + MAX_AIS + " AIs");
            }
        }

        List<AiValues.Resolved> all() {
            List<AiValues.Resolved> all = new ArrayList<>(path);
            all.addAll(attributes);
            return all;
        }
    }
}
