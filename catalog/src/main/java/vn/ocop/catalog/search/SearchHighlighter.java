package vn.ocop.catalog.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.kernel.VietnameseText;

/**
 * Marks the words of a name that the query matched, diacritics aside, the same way for both
 * engines: "Nước mắm Cát Hải" with [nuoc, mam] → "&lt;em&gt;Nước&lt;/em&gt;
 * &lt;em&gt;mắm&lt;/em&gt; Cát Hải". Everything else is HTML-escaped, so the result can be put in a
 * page as it is.
 */
final class SearchHighlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchHighlighter() {}

    /** The marked name, or null when no word matched. */
    static String highlight(String name, Set<String> foldedWords) {
        if (name == null || foldedWords.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 32);
        Matcher m = WORD.matcher(name);
        int last = 0;
        boolean any = false;
        while (m.find()) {
            out.append(escape(name.substring(last, m.start())));
            String word = m.group();
            if (foldedWords.contains(VietnameseText.fold(word))) {
                out.append("<em>").append(escape(word)).append("</em>");
                any = true;
            } else {
                out.append(escape(word));
            }
            last = m.end();
        }
        out.append(escape(name.substring(last)));
        return any ? out.toString() : null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
