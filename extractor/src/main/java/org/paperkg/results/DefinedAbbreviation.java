package org.paperkg.results;

import java.util.Locale;

import org.paperkg.results.MetricLexicon.MetricMatch;

/**
 * A metric name with its abbreviation in brackets right after it defines that abbreviation for the rest of the
 * sentence: "9.3% log-average miss rate (MR) on the reasonable set and 8.7% MR on the partial set". The bracketed word
 * counts only when its letters are the initials of the name's last words ("miss rate" - "MR"), so that "accuracy
 * (ours)" or "F1 (macro)" defines nothing; the lexicon keeps no such short form itself when it names other metrics
 * elsewhere ("MR" is also a mean rank).
 */
final class DefinedAbbreviation {

    private DefinedAbbreviation() {
    }

    /**
     * Marks in {@code startsAt}/{@code endsAt} each later bare use of an abbreviation defined in brackets after a
     * metric name. Tokens already a metric's or {@code blocked} are left alone.
     */
    static void mark(String[] words, boolean[] blocked, MetricMatch[] startsAt, MetricMatch[] endsAt) {
        int n = words.length;
        for (int i = 0; i < n; i++) {
            MetricMatch m = startsAt[i];
            if (m == null || m.end() + 2 >= n || !words[m.end()].equals("(") || !words[m.end() + 2].equals(")")) {
                continue;
            }
            String abbreviation = words[m.end() + 1];
            if (blocked[m.end() + 1] || !initials(words, m, abbreviation)) {
                continue;
            }
            for (int j = m.end() + 3; j < n; j++) {
                if (words[j].equals(abbreviation) && startsAt[j] == null && endsAt[j + 1] == null && !blocked[j]) {
                    startsAt[j] = new MetricMatch(m.metric(), j, j + 1);
                    endsAt[j + 1] = startsAt[j];
                }
            }
        }
    }

    /** "MR" for "... miss rate": two to five capitals, the initials of the name's last words in order. */
    static boolean initials(String[] words, MetricMatch m, String abbreviation) {
        int k = abbreviation.length();
        if (k < 2 || k > 5 || !abbreviation.chars().allMatch(Character::isUpperCase) || m.end() - m.start() < k) {
            return false;
        }
        StringBuilder first = new StringBuilder();
        for (int j = m.end() - k; j < m.end(); j++) {
            first.append(words[j].charAt(0));
        }
        return first.toString().toUpperCase(Locale.ROOT).equals(abbreviation);
    }
}
