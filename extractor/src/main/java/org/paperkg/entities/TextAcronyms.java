package org.paperkg.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions in running text, whatever extracted the paper's mentions: "long form (ACR)", the long
 * form being the shortest run of words just before the bracket that the acronym can abbreviate (Schwartz and
 * Hearst), and "ACR (long form)" the other way round.
 */
final class TextAcronyms {

    /** A bracketed acronym: a letter or digit first, at least two capitals, no spaces; a plural s allowed. */
    private static final Pattern BRACKETED = Pattern.compile("\\(([\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,11})\\)");
    /** An acronym followed by a bracketed phrase of several words. */
    private static final Pattern ACRONYM_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])([\\p{Lu}\\p{N}][\\p{L}\\p{N}-]{1,11}) \\(([\\p{L}][^()\\n]{3,80})\\)");
    /** Words of the phrase before a bracketed acronym that {@link #shortForms} reads at most. */
    static final int SHORT_FORM_WORDS = 6;
    /** Punctuation a long form does not reach across. */
    private static final Pattern BARRIER = Pattern.compile("[.;:,()\\[\\]\\n]");

    private TextAcronyms() {
    }

    /** Acronym (plural stripped) to the display form of its long form, once per acronym, in text order. */
    static Map<String, String> definitions(String text) {
        Map<String, String> found = bracketed(text, (acr, bracket) -> longFormBefore(text, bracket, acr));
        Matcher r = ACRONYM_FIRST.matcher(text);
        while (r.find()) {
            String acr = r.group(1);
            String longForm = r.group(2).strip();
            if (looksLikeAcronym(acr) && longForm.contains(" ") && AcronymIndex.fits(acr, longForm)
                    && Character.toLowerCase(longForm.charAt(0)) == Character.toLowerCase(acr.charAt(0))) {
                found.putIfAbsent(AcronymIndex.stripPlural(acr), longForm);
            }
        }
        return found;
    }

    /**
     * Acronym (plural stripped) to the noun phrase written just before its bracket, where the acronym has letters the
     * phrase lacks: "widget sorting (3DWS)" for an acronym most papers define as "3D widget sorting". The phrase is
     * the run of words after the last punctuation and the last closed-class word, at most {@link #SHORT_FORM_WORDS}.
     */
    static Map<String, String> shortForms(String text) {
        return bracketed(text, (acr, bracket) -> {
            String phrase = phraseBefore(text, bracket);
            return phrase == null || AcronymIndex.fits(acr, phrase) ? null : phrase;
        });
    }

    /**
     * Acronym (plural stripped) to the noun phrase written just before its bracket, as {@link #shortForms} reads it,
     * where it has words in front of the long form the acronym abbreviates: "large widget models" for "large widget
     * models (WMs)" (only those, so the corpus keeps no copy of every definition).
     */
    static Map<String, String> phrasesBefore(String text) {
        return bracketed(text, (acr, bracket) -> {
            String phrase = phraseBefore(text, bracket);
            String longForm = longFormBefore(text, bracket, acr);
            return phrase != null && longForm != null && phrase.length() > longForm.length()
                    && phrase.endsWith(" " + longForm) ? phrase : null;
        });
    }

    /**
     * The run of words just before {@code bracket} after the last punctuation and the last closed-class word, at
     * most {@link #SHORT_FORM_WORDS}; null when there is none.
     */
    private static String phraseBefore(String text, int bracket) {
        List<String> run = new ArrayList<>();
        List<int[]> words = wordsBefore(text, bracket);
        for (int k = words.size() - 1; k >= 0 && run.size() < SHORT_FORM_WORDS; k--) {
            String w = text.substring(words.get(k)[0], words.get(k)[1]);
            if (CorpusSurvey.isFunctionWord(w.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            run.add(0, w);
        }
        return run.isEmpty() ? null : String.join(" ", run);
    }

    /**
     * For every bracketed acronym of the text, the phrase {@code before} finds given the acronym and the bracket's
     * offset (null: none), keyed by the acronym with its plural stripped, the first one kept.
     */
    private static Map<String, String> bracketed(String text, java.util.function.BiFunction<String, Integer, String> before) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            String phrase = looksLikeAcronym(acr) ? before.apply(acr, m.start()) : null;
            if (phrase != null) {
                found.putIfAbsent(AcronymIndex.stripPlural(acr), phrase);
            }
        }
        return found;
    }

    /** At least two capitals, and more capitals and digits than lower-case letters (a plural s aside). */
    static boolean looksLikeAcronym(String w) {
        String a = AcronymIndex.stripPlural(w);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                upper += Character.isUpperCase(c) ? 1 : 0;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 2 && upper >= lower;
    }

    /** The words between the last punctuation (at most 200 characters back) and {@code bracket}. */
    private static List<int[]> wordsBefore(String text, int bracket) {
        Matcher barrier = BARRIER.matcher(text);
        int limit = 0;
        int scanFrom = Math.max(0, bracket - 200);
        barrier.region(scanFrom, bracket);
        while (barrier.find()) {
            limit = barrier.end();
        }
        limit = Math.max(limit, scanFrom);
        List<int[]> words = new ArrayList<>();
        Matcher w = StrongNameIndex.WORD.matcher(text);
        w.region(limit, bracket);
        while (w.find()) {
            words.add(new int[]{w.start(), w.end()});
        }
        return words;
    }

    /**
     * The run of words ending just before {@code bracket} that {@code acr} abbreviates: the shortest one, unless a
     * longer one (no more words than the acronym has letters) gives more of its letters a word of their own, since
     * Schwartz and Hearst's shortest match takes "Policy Optimization" for "Proximal Policy Optimization (PPO)" by the
     * "p" inside "optimization"; null when none.
     */
    private static String longFormBefore(String text, int bracket, String acr) {
        List<int[]> words = wordsBefore(text, bracket);
        int letters = AcronymIndex.stripPlural(acr).length();
        char first = Character.toLowerCase(acr.charAt(0));
        String best = null;
        int bestInitials = -1;
        for (int k = 1; k <= Math.min(words.size(), letters + 3); k++) {
            int start = words.get(words.size() - k)[0];
            String candidate = text.substring(start, words.get(words.size() - 1)[1]);
            if (best != null && k > letters) {
                break;
            }
            if (Character.toLowerCase(candidate.charAt(0)) == first && AcronymIndex.fits(acr, candidate)
                    && !candidate.equals(acr)) {
                int initials = initials(acr, candidate);
                if (initials > bestInitials) {
                    best = candidate;
                    bestInitials = initials;
                }
            }
        }
        return best;
    }

    /** How many of the acronym's letters and digits, in order, start a word of the phrase (hyphens part words). */
    static int initials(String acr, String phrase) {
        String a = AcronymIndex.stripPlural(acr).toLowerCase(java.util.Locale.ROOT);
        String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
        int matched = 0;
        int w = 0;
        for (int i = 0; i < a.length() && w < words.length; i++) {
            char c = a.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            for (int j = w; j < words.length; j++) {
                if (!words[j].isEmpty() && words[j].charAt(0) == c) {
                    matched++;
                    w = j + 1;
                    break;
                }
            }
        }
        return matched;
    }
}
