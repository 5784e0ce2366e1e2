package vn.ocop.traceability.digitallink;

import java.util.ArrayList;
import java.util.List;

/**
 * The two plain forms of AI data: bracketed ({@code (01)09520123456788(10)ABC}) and the element
 * string ({@code ^010952012345678810ABC}, where {@code ^} stands for FNC1: first in position, and
 * as separator after an AI of variable length).
 */
final class AiData {

    private AiData() {}

    /** Reads {@code (AI)value…}; a {@code (} inside a value is written {@code \(}. */
    static List<AiElement> parseBracketed(String data) {
        List<AiElement> elements = new ArrayList<>();
        int p = 0;
        while (p < data.length()) {
            if (data.charAt(p) != '(') {
                throw malformed("expected '(' at position " + (p + 1));
            }
            int close = data.indexOf(')', p);
            if (close < 0) {
                throw malformed("unterminated AI at position " + (p + 1));
            }
            String ai = data.substring(p + 1, close);
            StringBuilder value = new StringBuilder();
            int r = close + 1;
            while (r < data.length() && data.charAt(r) != '(') {
                if (data.charAt(r) == '\\' && r + 1 < data.length() && data.charAt(r + 1) == '(') {
                    value.append('(');
                    r += 2;
                } else {
                    value.append(data.charAt(r++));
                }
            }
            elements.add(new AiElement(ai, value.toString()));
            p = r;
        }
        if (elements.isEmpty()) {
            throw malformed("no AI data");
        }
        return elements;
    }

    /**
     * Reads an element string starting with {@code ^}; {@code |} separates the linear and the 2D
     * component of a composite symbol, each of which starts with {@code ^}.
     */
    static List<AiElement> parseElementString(
            String data, AiDictionary dictionary, boolean permitUnknown) {
        List<AiElement> elements = new ArrayList<>();
        for (String part : data.split("\\|", -1)) {
            if (!part.startsWith("^") || part.length() == 1) {
                throw malformed("each component must start with '^' and hold AI data");
            }
            int p = 1;
            while (p < part.length()) {
                String rest = part.substring(p);
                AiDefinition definition =
                        dictionary
                                .lookupPrefix(rest, permitUnknown)
                                .orElseThrow(() -> malformed("no known AI starts '" + rest + "'"));
                p += definition.ai().length();
                int end = part.indexOf('^', p);
                end = end < 0 ? part.length() : end;
                int length =
                        definition.fnc1Required()
                                ? end - p
                                : Math.min(end - p, definition.maxLength());
                elements.add(new AiElement(definition.ai(), part.substring(p, p + length)));
                p += length;
                if (p < part.length() && part.charAt(p) == '^') {
                    p++;
                } else if (definition.fnc1Required() && p < part.length()) {
                    throw malformed("AI (" + definition.ai() + ") is too long");
                }
            }
        }
        return elements;
    }

    /**
     * The element string, FNC1 in first position and after each variable-length AI but the last.
     */
    static String toElementString(List<AiValues.Resolved> data) {
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < data.size(); i++) {
            AiValues.Resolved r = data.get(i);
            out.append(r.ai()).append(r.value());
            if (r.definition().fnc1Required() && i < data.size() - 1) {
                out.append('^');
            }
        }
        return out.toString();
    }

    static String toBracketed(List<AiElement> data) {
        StringBuilder out = new StringBuilder();
        data.forEach(e -> out.append(e.bracketed()));
        return out.toString();
    }

    private static DigitalLinkException malformed(String problem) {
        return new DigitalLinkException(DigitalLinkError.MALFORMED_AI_DATA, problem);
    }
}
