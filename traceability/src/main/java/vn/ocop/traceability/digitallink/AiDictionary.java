package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * AI definitions read from GS1 Barcode Syntax Dictionary lines, and the Digital Link path rules
 * derived from their {@code dlpkey} attributes: a key followed by any ordered subset of one of its
 * qualifier lists ({@code 01}, {@code 01 10}, {@code 01 22 10 21}, {@code 01 235}, …).
 */
final class AiDictionary {

    /**
     * Value lengths of the AI prefixes that GS1 predefines as fixed (General Specifications,
     * "element strings with predefined length"); used only to give an unknown AI its length.
     */
    private static final int[] PREDEFINED_VALUE_LENGTH = new int[100];

    static {
        int[][] fixed = {{0, 18}, {1, 14}, {2, 14}, {3, 14}, {4, 16}, {20, 2}, {41, 13}};
        for (int[] f : fixed) {
            PREDEFINED_VALUE_LENGTH[f[0]] = f[1];
        }
        Arrays.fill(PREDEFINED_VALUE_LENGTH, 11, 20, 6);
        Arrays.fill(PREDEFINED_VALUE_LENGTH, 31, 37, 6);
    }

    private static volatile AiDictionary standard;

    private final Map<String, AiDefinition> definitions;
    private final int[] aiLengthByPrefix = new int[100];
    private final TreeSet<String> pathSequences = new TreeSet<>();

    private AiDictionary(Map<String, AiDefinition> definitions) {
        this.definitions = definitions;
        for (AiDefinition d : definitions.values()) {
            int prefix = Integer.parseInt(d.ai().substring(0, 2));
            if (aiLengthByPrefix[prefix] != 0 && aiLengthByPrefix[prefix] != d.ai().length()) {
                throw new IllegalArgumentException("AIs starting " + prefix + " differ in length");
            }
            aiLengthByPrefix[prefix] = d.ai().length();
            for (List<String> qualifiers : d.qualifierAlternatives()) {
                addSequences(d.ai(), qualifiers);
            }
        }
    }

    /** The dictionary built into the codec ({@link DictionaryEntries}). */
    static AiDictionary standard() {
        AiDictionary d = standard;
        if (d == null) {
            d = parse(DictionaryEntries.TEXT);
            standard = d;
        }
        return d;
    }

    /** Parses dictionary text; {@code #} starts a comment, blank lines are ignored. */
    static AiDictionary parse(String text) {
        Map<String, AiDefinition> definitions = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (AiDefinition d : DictionaryLine.parse(line)) {
                definitions.put(d.ai(), d);
            }
        }
        return new AiDictionary(definitions);
    }

    private void addSequences(String key, List<String> qualifiers) {
        List<String> sequences = new ArrayList<>(List.of(key));
        for (String qualifier : qualifiers) {
            int size = sequences.size();
            for (int k = 0; k < size; k++) {
                sequences.add(sequences.get(k) + " " + qualifier);
            }
        }
        pathSequences.addAll(sequences);
    }

    Collection<AiDefinition> definitions() {
        return definitions.values();
    }

    /** A known AI, looked up exactly. */
    Optional<AiDefinition> find(String ai) {
        return Optional.ofNullable(definitions.get(ai));
    }

    /**
     * An AI looked up exactly as the reference engine does: two to four digits; when unknown AIs
     * are permitted, an AI that is neither a prefix of a known AI nor prefixed by one, and whose
     * length agrees with the known AIs of its first two digits, stands for itself.
     */
    Optional<AiDefinition> lookup(String ai, boolean permitUnknown) {
        if (ai.length() < 2 || ai.length() > 4 || !Linter.allDigits(ai)) {
            return Optional.empty();
        }
        AiDefinition known = definitions.get(ai);
        if (known != null || !permitUnknown) {
            return Optional.ofNullable(known);
        }
        for (String k : definitions.keySet()) {
            if (k.startsWith(ai) || ai.startsWith(k)) {
                return Optional.empty();
            }
        }
        int prefix = Integer.parseInt(ai.substring(0, 2));
        int aiLength = aiLengthByPrefix[prefix];
        if (aiLength != 0 && aiLength != ai.length()) {
            return Optional.empty();
        }
        int valueLength = aiLength == 0 ? 0 : PREDEFINED_VALUE_LENGTH[prefix];
        return Optional.of(AiDefinition.unknown(ai, valueLength));
    }

    /** The AI that starts the given element-string data, if its length can be known. */
    Optional<AiDefinition> lookupPrefix(String data, boolean permitUnknown) {
        for (int length = 2; length <= 4 && length <= data.length(); length++) {
            AiDefinition known = definitions.get(data.substring(0, length));
            if (known != null) {
                return Optional.of(known);
            }
        }
        if (!permitUnknown || data.length() < 2 || !Linter.allDigits(data.substring(0, 2))) {
            return Optional.empty();
        }
        int aiLength = aiLengthByPrefix[Integer.parseInt(data.substring(0, 2))];
        if (aiLength == 0 || data.length() < aiLength) {
            return Optional.empty();
        }
        return lookup(data.substring(0, aiLength), true);
    }

    boolean isPrimaryKey(String ai) {
        return pathSequences.contains(ai);
    }

    /** Whether the AIs, in path order, are a key followed by an allowed qualifier sequence. */
    boolean isValidPathSequence(List<String> ais) {
        return pathSequences.contains(String.join(" ", ais));
    }

    /**
     * The key's own sequence and every qualifier sequence it allows, in the engine's sort order.
     */
    List<List<String>> sequencesOf(String key) {
        List<List<String>> result = new ArrayList<>();
        for (String sequence : pathSequences) {
            List<String> ais = List.of(sequence.split(" "));
            if (ais.get(0).equals(key)) {
                result.add(ais);
            }
        }
        return result;
    }

    Set<String> pathSequences() {
        return pathSequences;
    }
}
