package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes AI data as a GS1 Digital Link URI, as the GS1 reference engine does: the first primary key
 * in the data goes in the path with as many of its qualifiers as the data holds (in dictionary
 * order, e.g. 22, 10, 21); every other AI becomes a query attribute, AIs of predefined length
 * first, then the rest, each group in input order; an AI repeated with the same value is written
 * once.
 */
public final class DigitalLinkGenerator {

    /** The stem used when none is given. */
    public static final String DEFAULT_STEM = "https://id.gs1.org";

    private DigitalLinkGenerator() {}

    /** {@link #generate(String, List, DigitalLinkOptions)} with the default options. */
    public static String generate(String stem, List<AiElement> data) {
        return generate(stem, data, DigitalLinkOptions.DEFAULTS);
    }

    /**
     * @param stem scheme, domain and optional path put before the AIs; {@code null} for {@link
     *     #DEFAULT_STEM}; a trailing {@code /} is dropped
     * @throws DigitalLinkException when an AI value is invalid, the data holds no primary key, or
     *     an AI that has to go in the query may not be a data attribute
     */
    public static String generate(String stem, List<AiElement> data, DigitalLinkOptions options) {
        AiDictionary dictionary = AiDictionary.standard();
        List<AiValues.Resolved> resolved = resolve(data, dictionary, options);
        AiValues.Resolved key =
                resolved.stream()
                        .filter(r -> dictionary.isPrimaryKey(r.ai()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new DigitalLinkException(
                                                DigitalLinkError.NO_PRIMARY_KEY,
                                                "The AI data holds no primary key for a URI"));
        List<String> sequence = bestSequence(dictionary.sequencesOf(key.ai()), resolved);
        List<AiValues.Resolved> path = new ArrayList<>();
        for (String ai : sequence) {
            resolved.stream().filter(r -> r.ai().equals(ai)).findFirst().ifPresent(path::add);
        }
        List<AiValues.Resolved> attributes =
                resolved.stream().filter(r -> !sequence.contains(r.ai())).toList();
        return write(stem, path, attributes, options);
    }

    /** Writes a parsed link again under another stem, keeping its path and its attributes. */
    public static String regenerate(String stem, DigitalLink link) {
        return regenerate(stem, link, DigitalLinkOptions.DEFAULTS);
    }

    /** As {@link #regenerate(String, DigitalLink)}, with the options the link was parsed with. */
    public static String regenerate(String stem, DigitalLink link, DigitalLinkOptions options) {
        return write(stem, link.resolvedPath(), link.resolvedAttributes(), options);
    }

    static List<AiValues.Resolved> resolve(
            List<AiElement> data, AiDictionary dictionary, DigitalLinkOptions options) {
        if (data.isEmpty()) {
            throw new DigitalLinkException(DigitalLinkError.MALFORMED_AI_DATA, "No AI data");
        }
        List<AiValues.Resolved> resolved = new ArrayList<>();
        for (AiElement element : data) {
            AiDefinition definition =
                    dictionary
                            .lookup(element.ai(), options.permitUnknownAis())
                            .orElseThrow(
                                    () ->
                                            AiValues.fail(
                                                    DigitalLinkError.UNKNOWN_AI,
                                                    element.ai(),
                                                    "is not a known AI"));
            AiValues.check(definition, element.value());
            resolved.add(new AiValues.Resolved(definition, element.value()));
        }
        AiValues.checkAssociations(resolved);
        return resolved;
    }

    /** The key's qualifier sequence matching most AIs of the data; the first one on a tie. */
    private static List<String> bestSequence(
            List<List<String>> sequences, List<AiValues.Resolved> data) {
        List<String> best = sequences.get(0).subList(0, 1);
        long most = 0;
        for (List<String> sequence : sequences) {
            long matches =
                    sequence.subList(1, sequence.size()).stream()
                            .mapToLong(ai -> data.stream().filter(r -> r.ai().equals(ai)).count())
                            .sum();
            if (matches > most) {
                most = matches;
                best = sequence;
            }
        }
        return best;
    }

    private static String write(
            String stem,
            List<AiValues.Resolved> path,
            List<AiValues.Resolved> attributes,
            DigitalLinkOptions options) {
        StringBuilder out = new StringBuilder(stem == null ? DEFAULT_STEM : stem);
        if (out.length() > 0 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        for (AiValues.Resolved r : path) {
            out.append('/')
                    .append(r.ai())
                    .append('/')
                    .append(PercentEncoding.encode(r.value(), false));
        }
        List<String> written = new ArrayList<>();
        char separator = '?';
        for (boolean predefinedLength : new boolean[] {true, false}) {
            for (AiValues.Resolved r : attributes) {
                if (r.definition().predefinedLength() != predefinedLength
                        || written.contains(r.ai())) {
                    continue;
                }
                if (!isAllowedAttribute(r.definition(), options)) {
                    throw AiValues.fail(
                            DigitalLinkError.NOT_A_DATA_ATTRIBUTE,
                            r.ai(),
                            "may not be a Digital Link data attribute");
                }
                written.add(r.ai());
                out.append(separator)
                        .append(r.ai())
                        .append('=')
                        .append(PercentEncoding.encode(r.value(), true));
                separator = '&';
            }
        }
        return out.toString();
    }

    static boolean isAllowedAttribute(AiDefinition definition, DigitalLinkOptions options) {
        return definition.unknown()
                ? !options.unknownAiNotDataAttribute()
                : definition.dataAttribute();
    }
}
