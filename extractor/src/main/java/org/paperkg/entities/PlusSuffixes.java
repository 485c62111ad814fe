package org.paperkg.entities;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.mentions.Mention;
import org.paperkg.papers.PaperRecord;

/**
 * Mentions extended over the plus signs glued to their end: "PFGM++", "Widget+" are names of their own, newer than
 * "PFGM" and "Widget", but the tokenizer writes the signs as a token apart, so the extractors' spans stop before them
 * and the paper was linked to the older method or benchmark it improves on.
 */
final class PlusSuffixes {

    /** The most plus signs a name ends in ("C++"). */
    private static final int MAX_SIGNS = 2;

    private PlusSuffixes() {
    }

    /** The mentions of {@code paper}, each extended over the plus signs glued to its end in the paper's text. */
    static List<Mention> extended(PaperRecord paper, List<Mention> mentions) {
        String text = paper.fullText();
        List<Mention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int signs = signsAfter(text, m);
            if (signs > 0) {
                if (result == null) {
                    result = new ArrayList<>(mentions);
                }
                result.set(i, new Mention(m.text() + "+".repeat(signs), m.type(), m.role(), m.charStart(),
                        m.charEnd() + signs, m.evidence(), m.rule(), m.confidence(), m.acronym()));
            }
        }
        return result == null ? mentions : result;
    }

    /**
     * How many plus signs follow the mention with nothing between, when its text ends the span it stands for in a
     * letter or digit and no letter or digit follows the signs ("A+B" joins two names); else 0.
     */
    static int signsAfter(String text, Mention m) {
        int end = m.charEnd();
        if (m.charStart() < 0 || end <= 0 || end > text.length() || m.text().isEmpty()
                || !Character.isLetterOrDigit(text.charAt(end - 1))
                || text.charAt(end - 1) != m.text().charAt(m.text().length() - 1)) {
            return 0;
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == '+' && k - end < MAX_SIGNS) {
            k++;
        }
        if (k == end || k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '+')) {
            return 0;
        }
        return k - end;
    }
}
