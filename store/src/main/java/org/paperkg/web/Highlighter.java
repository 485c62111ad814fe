package org.paperkg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Escapes a sentence for HTML and marks every occurrence of any of the given names (any case). */
final class Highlighter {

    private Highlighter() {
    }

    static String mark(String sentence, Collection<String> names) {
        if (sentence == null) {
            return "";
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[sentence.length()];
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String name : sorted) {
            String n = name.toLowerCase(Locale.ROOT).strip();
            if (n.isEmpty() || n.length() != name.strip().length()) {
                continue;
            }
            for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
                int end = i + n.length();
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
                boolean wordEnd = end >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end))
                        || sentence.charAt(end) == 's';
                if (wordStart && wordEnd) {
                    for (int k = i; k < end; k++) {
                        marked[k] = true;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < sentence.length(); i++) {
            if (marked[i] && !open) {
                out.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                out.append("</mark>");
                open = false;
            }
            out.append(PageWriter.esc(String.valueOf(sentence.charAt(i))));
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
