package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry line of the GS1 Barcode Syntax Dictionary: {@code AI [Flags] Specification
 * [Attributes...] [# Title]}, e.g. {@code 01 *? N14,csum,gcppos2 ex=255,37 dlpkey=22,10,21|235 #
 * GTIN}. Flags may be run together ({@code *?}) or spaced ({@code * ?}).
 */
final class DictionaryLine {

    private static final String FLAG_CHARACTERS = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";

    private DictionaryLine() {}

    /** One entry line; a range such as {@code 3100-3105} yields one definition per AI. */
    static List<AiDefinition> parse(String line) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).trim();
        String[] tokens = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
        int i = 1;
        StringBuilder flags = new StringBuilder();
        while (i < tokens.length && isFlags(tokens[i])) {
            flags.append(tokens[i++]);
        }
        List<AiComponent> components = new ArrayList<>();
        while (i < tokens.length && isComponent(tokens[i])) {
            components.add(AiComponent.parse(tokens[i++]));
        }
        List<List<List<String>>> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        List<List<String>> qualifiers = new ArrayList<>();
        for (; i < tokens.length; i++) {
            String attribute = tokens[i];
            if (attribute.startsWith("req=")) {
                List<List<String>> alternatives = new ArrayList<>();
                for (String alternative : attribute.substring(4).split(",")) {
                    alternatives.add(List.of(alternative.split("\\+")));
                }
                requires.add(List.copyOf(alternatives));
            } else if (attribute.startsWith("ex=")) {
                excludes.addAll(List.of(attribute.substring(3).split(",")));
            } else if (attribute.equals("dlpkey")) {
                qualifiers.add(List.of());
            } else if (attribute.startsWith("dlpkey=")) {
                for (String alternative : attribute.substring(7).split("\\|")) {
                    qualifiers.add(List.of(alternative.split(",")));
                }
            } else {
                throw new IllegalArgumentException(
                        "Unknown attribute '" + attribute + "': " + line);
            }
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException("No specification: " + line);
        }
        List<AiDefinition> result = new ArrayList<>();
        for (String ai : expandRange(tokens[0])) {
            result.add(
                    new AiDefinition(
                            ai,
                            flags.indexOf("*") >= 0,
                            flags.indexOf("?") >= 0,
                            List.copyOf(components),
                            List.copyOf(requires),
                            List.copyOf(excludes),
                            List.copyOf(qualifiers),
                            title,
                            false));
        }
        return result;
    }

    private static boolean isFlags(String token) {
        return token.chars().allMatch(c -> FLAG_CHARACTERS.indexOf(c) >= 0)
                && !token.startsWith("[");
    }

    private static boolean isComponent(String token) {
        return token.matches("\\[?[NXYZ](\\d+|\\.\\.\\d+)]?(,[a-z0-9]+)*]?");
    }

    private static List<String> expandRange(String ais) {
        int dash = ais.indexOf('-');
        if (dash < 0) {
            return List.of(ais);
        }
        String from = ais.substring(0, dash);
        int last = Integer.parseInt(ais.substring(dash + 1));
        List<String> result = new ArrayList<>();
        for (int n = Integer.parseInt(from); n <= last; n++) {
            result.add(String.format("%0" + from.length() + "d", n));
        }
        return result;
    }
}
