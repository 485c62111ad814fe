package org.paperkg.mentions.rules;

import java.util.Set;

import static org.paperkg.mentions.rules.NameShapes.hasDigit;

/**
 * Names typed as datasets by the list or apposition they stand in: "four datasets (A, B, ...)", "datasets: A, B
 * and C", "benchmarks, including A and B", "the public dataset A", "A, a benchmark for ...".
 */
final class DatasetLists {
    private DatasetLists() {
    }

    /** Words that open a list of examples after its plural head ("datasets, including A and B"). */
    private static final Set<String> LIST_OPENERS = Set.of("(", ":", "including", "include", "includes", "like",
            "as", "e.g.", "e.g.,", "namely", "i.e.", "viz.", "specifically");

    /** Back over the list the name stands in to the dataset head noun that introduces it. */
    static boolean introducedByDatasetHead(Tok[] s, int from, int to) {
        int k = from - 1;
        int steps = 0;
        while (k >= 0 && steps++ < 30) {
            Tok t = s[k];
            String w = t.lower();
            if (w.equals(")")) {
                // skip a parenthesised gloss of an earlier item: "A (images), B"
                int open = k - 1;
                while (open >= 0 && k - open < 10 && !s[open].word().equals("(")) {
                    open--;
                }
                if (open < 0 || k - open >= 10) {
                    return false;
                }
                k = open - 1;
                continue;
            }
            if (LIST_OPENERS.contains(w)) {
                int j = k - 1;
                while (j >= 0 && (s[j].lower().equals(",") || s[j].lower().equals("such"))) {
                    j--;
                }
                return j >= 0 && isDatasetHead(s[j]);
            }
            if (isDatasetHead(t) && t.tag().startsWith("NN")) {
                // "the public dataset A", "a new dataset, A, ...": the head right before the name
                boolean comma = k + 1 < from && s[k + 1].lower().equals(",");
                if (k + 1 == from) {
                    return namesTheHead(s, k, to);
                }
                if (comma && k + 2 < from) {
                    return true; // a later item of "datasets, A v2 and B, ..."
                }
                // "... corpora, A and B": the name is not the subject of a verb ("the dataset, A performs ...")
                return comma && k + 2 == from && (to >= s.length
                        || !(s[to].tag().startsWith("VB") || s[to].tag().equals("MD")));
            }
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("the") || t.nameLike()
                    || Character.isUpperCase(t.word().charAt(0)) || t.tag().equals("CD") || hasDigit(t.word()))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /** "A, a (new) benchmark for ...", "A, a large-scale instruction corpus": the apposition's head says dataset. */
    static boolean appositiveDataset(Tok[] s, int to) {
        if (to + 2 >= s.length || !s[to].lower().equals(",")) {
            return false;
        }
        String det = s[to + 1].lower();
        if (!(det.equals("a") || det.equals("an") || det.equals("the"))) {
            return false;
        }
        int e = to + 2;
        while (e < s.length && e - to < 8 && Chunks.chunkable(s[e])
                && !(e > to + 2 && s[e - 1].noun() && (s[e].tag().equals("VBN") || s[e].tag().equals("VBG")))) {
            e++; // "a widget benchmark grounded in X": the participle starts a modifier
        }
        return e > to + 2 && isDatasetHead(s[e - 1]);
    }

    static boolean isDatasetHead(Tok t) {
        return Lexicon.DATASET_HEADS.contains(t.lowerLemma()) || Lexicon.DATASET_HEADS.contains(t.lower());
    }

    /**
     * "the (public) dataset A", "a new benchmark A": the name right after a dataset head names it, unless a verb
     * follows and no article introduces the head ("on each dataset A outperforms ...": A is the subject).
     */
    static boolean namesTheHead(Tok[] s, int head, int to) {
        if (to >= s.length || !(s[to].tag().startsWith("VB") || s[to].tag().equals("MD"))) {
            return true;
        }
        int k = head - 1;
        while (k >= 0 && (s[k].tag().startsWith("JJ") || s[k].tag().startsWith("NN") || s[k].tag().equals("VBN"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String det = s[k].lower();
        return det.equals("the") || det.equals("a") || det.equals("an") || det.equals("our");
    }
}
