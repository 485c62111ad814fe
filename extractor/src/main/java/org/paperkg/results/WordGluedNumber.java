package org.paperkg.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage glued by a dash to the word before it when a space was lost ("on both datasets-91.5% accuracy"): the
 * tokenizer keeps "datasets-91.55" as one word, and the value goes unread. Only a lower-case word of three letters
 * or more, a number with two decimals or more and a percent sign after it qualify, so names with a number or a
 * version ("top-5", "covid-19", "gpt-4.5") stay whole.
 */
final class WordGluedNumber {

    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{3,}[-\u2013\u2014](\\d{1,3}\\.\\d{2,})");

    private WordGluedNumber() {
    }

    /** The words with each such glued token replaced by its number (the same length, so token indices hold). */
    static String[] cut(String[] words) {
        String[] out = words;
        for (int i = 0; i + 1 < words.length; i++) {
            Matcher m = GLUED.matcher(words[i]);
            if (!m.matches() || !(words[i + 1].equals("%") || words[i + 1].equals("\\%"))) {
                continue;
            }
            if (out == words) {
                out = words.clone();
            }
            out[i] = m.group(1);
        }
        return out;
    }
}
