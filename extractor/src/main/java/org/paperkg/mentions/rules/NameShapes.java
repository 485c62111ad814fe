package org.paperkg.mentions.rules;

import java.util.Locale;
import java.util.Set;

/** Word and span shapes that make a name: inner capitals, acronyms, citations, capitalised runs. */
final class NameShapes {
    private NameShapes() {
    }

    /** "Lag-Llama", "GIFT-Eval": a capital after a hyphen (outside Title Case titles). */
    static boolean hyphenCapital(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && Character.isUpperCase(w.charAt(0));
    }

    static boolean nameLikeWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && w.charAt(i - 1) != '-') {
                        return true;
                    }
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        return letter && digit && upper > 0;
    }

    static boolean isAcronymShape(String w) {
        if (w.length() < 2 || w.length() > 12 || !Character.isLetterOrDigit(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        for (char c : w.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (!Character.isDigit(c) && c != '-' && c != '+' && c != '.') {
                return false;
            }
        }
        return upper >= 2 || (upper >= 1 && lower <= upper + 2 && w.length() <= 5);
    }

    static final Set<String> ADJECTIVAL_TAILS = Set.of("based", "style", "like",
            "driven", "aware", "controlling", "limited", "free", "specific", "agnostic", "dependent",
            "independent", "level", "wise", "scale", "type", "related", "oriented", "centric", "guided",
            "conditioned", "informed", "constrained", "regularized", "augmented", "enhanced", "assisted",
            "trained", "pretrained", "tuned", "finetuned", "generated", "supervised", "induced", "inspired",
            "powered", "enabled", "equipped", "only", "friendly", "compatible", "efficient", "invariant",
            "equivariant", "preserving", "labeled", "labelled", "annotated", "derived", "motivated", "generating");

    static boolean adjectivalCompound(String w) {
        int dash = w.lastIndexOf('-');
        return dash > 0 && ADJECTIVAL_TAILS.contains(w.substring(dash + 1).toLowerCase(Locale.ROOT));
    }

    /** "Smith and Jones's", "back to Smith and Jones (1990)": author names, not methods. */
    static boolean citedAuthors(Tok[] s, int i) {
        int first = i;
        if (i >= 2 && s[i - 1].lower().equals("and") && Character.isUpperCase(s[i - 2].word().charAt(0))) {
            first = i - 2;
        } else if (!(i + 2 < s.length && s[i + 1].lower().equals("and")
                && Character.isUpperCase(s[i + 2].word().charAt(0)))) {
            return false;
        }
        int last = first + 2;
        if (!surnameShape(s[first].word()) || !surnameShape(s[last].word())) {
            return false; // "CIFAR-10 and CIFAR-100." are names, not authors
        }
        if (last + 1 >= s.length) {
            return true;
        }
        String after = s[last + 1].word();
        return after.equals("'s") || after.equals("'") || after.equals("(") || after.equals(".")
                || after.equals("et") || after.equals("[");
    }

    /** A name in a list with another name: "(Alpha, BetaNet, Gamma)". */
    static boolean listedWithName(Tok[] s, int i) {
        for (int d : new int[]{-2, 2}) {
            int k = i + d;
            if (k >= 0 && k < s.length) {
                String sep = s[i + d / 2].lower();
                if ((sep.equals(",") || sep.equals("and") || sep.equals("or")) && s[k].nameLike()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Foo Bar Baz" capitalised inside an abstract sentence (not a title, not the sentence start). */
    static boolean capitalisedRun(Tok[] s, int from, int to) {
        if (from == 0 || s[from].inTitle() || to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = s[k].word();
            if (!Character.isUpperCase(w.charAt(0)) || Lexicon.NAME_STOPWORDS.contains(s[k].lower())) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLower(String w) {
        return w.chars().anyMatch(Character::isLowerCase);
    }

    static boolean hasDigit(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    static boolean isName(Tok[] s, int from, int to) {
        Tok head = s[to - 1];
        if (Lexicon.NAME_STOPWORDS.contains(head.lower()) || head.word().length() < 2
                || Character.isDigit(s[from].word().charAt(0))) {
            return false;
        }
        if (head.word().startsWith("$") || head.word().contains("\\") || head.word().contains("^")
                || head.word().contains("=") || head.word().contains("_") || head.word().contains("{")) {
            return false;
        }
        if (to - from == 1 && citedAuthors(s, from) && !DatasetLists.introducedByDatasetHead(s, from, to)) {
            return false;
        }
        if (metricName(head.word()) || spelledAcronym(s, from, to)) {
            return false;
        }
        if (to - from == 1) {
            if (head.nameLike()) {
                return true;
            }
            // a capitalised proper noun inside an abstract sentence
            boolean sentenceStart = from == 0 || s[from - 1].word().equals(":")
                    || s[from - 1].word().equals("\"");
            boolean citation = to < s.length && (s[to].word().equals("(") && (to + 1 == s.length
                    || s[to + 1].tag().equals("CD") || Character.isUpperCase(s[to + 1].word().charAt(0)))
                    || s[to].lower().equals("et")
                    || s[to].word().equals("'s"));
            // the tagger may read a capitalised plural-looking name as a common noun ("datasets: A, Brightvales")
            return !head.inTitle() && !sentenceStart && !citation && (head.tag().startsWith("NNP")
                    || head.noun() && DatasetLists.introducedByDatasetHead(s, from, to))
                    && Character.isUpperCase(head.word().charAt(0)) && head.word().length() >= 3;
        }
        // multi-word: the head or the first word carries the name
        int named = 0;
        for (int k = from; k < to; k++) {
            if (s[k].nameLike()) {
                named++;
            }
        }
        return named > 0 && s[to - 1].noun() || head.nameLike();
    }

    /** Evaluation metrics written as acronyms, singular or plural ("AUCs"): not methods. */
    private static final Set<String> METRICS = Set.of("auc", "auroc", "auprc", "roc", "f1", "bleu", "rouge", "meteor",
            "cider", "spice", "map", "ap", "mae", "mse", "rmse", "mape", "smape", "crps", "ece", "fid", "kid", "psnr",
            "ssim", "lpips", "iou", "miou", "ndcg", "mrr", "wer", "cer", "uar", "mcc", "ter");

    static boolean metricName(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return METRICS.contains(l) || l.endsWith("s") && METRICS.contains(l.substring(0, l.length() - 1));
    }

    /**
     * "TRAck to DEtect": capitals spelling out an acronym inside its expansion; such a word, next to another word
     * written the same way, is a fragment, not a name.
     */
    static boolean spelledAcronym(Tok[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!capitalsThenLower(s[k].word())) {
                continue;
            }
            for (int d = -3; d <= 3; d++) {
                int j = k + d;
                if (d != 0 && j >= 0 && j < s.length && capitalsThenLower(s[j].word())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two or more capitals then only lower-case letters: "TRAck", "DEtect" (not "GANs", which ends in one). */
    private static boolean capitalsThenLower(String w) {
        int i = 0;
        while (i < w.length() && Character.isUpperCase(w.charAt(i))) {
            i++;
        }
        if (i < 2 || w.length() - i < 2) {
            return false;
        }
        for (int k = i; k < w.length(); k++) {
            if (!Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Smith", "McKay", "O'Neil": a capital, then letters (an inner capital at most once), no digits or hyphens. */
    private static boolean surnameShape(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && c != '\'') {
                return false;
            }
        }
        return upper <= 1 && Character.isLowerCase(w.charAt(w.length() - 1));
    }
}
