package org.paperkg.mentions.rules;

import java.util.Set;

import org.paperkg.mentions.EntityType;

/** Types a span as method, task or dataset by its head noun and the words around it. */
final class HeadTyping {
    private HeadTyping() {
    }

    /** Head type of tokens [from, to), by the lemma of the last token (or its last hyphen part). */
    static EntityType headType(Tok[] s, int from, int to) {
        Tok head = s[to - 1];
        String h = head.lowerLemma();
        EntityType t = typeOfHeadWord(h);
        if (t == null && h.indexOf('-') > 0) {
            t = typeOfHeadWord(h.substring(h.lastIndexOf('-') + 1));
            if (t != null && Lexicon.GENERIC.contains(h.substring(h.lastIndexOf('-') + 1))
                    && to - from == 1 && !isTechniqueWord(h)) {
                // "model-based" as a single token is no entity
                return null;
            }
        }
        if (t == null) {
            return null;
        }
        if (Lexicon.AMBIGUOUS.contains(h) && to - from >= 1) {
            return ambiguousType(s, from, to, h);
        }
        return t;
    }

    static boolean isTechniqueWord(String h) {
        return h.equals("fine-tuning") || h.equals("pre-training") || h.equals("pretraining")
                || h.equals("finetuning");
    }

    static EntityType typeOfHeadWord(String h) {
        if (Lexicon.DATASET_HEADS.contains(h)) {
            return EntityType.DATASET;
        }
        if (Lexicon.TASK_HEADS.contains(h)) {
            return EntityType.TASK;
        }
        if (Lexicon.METHOD_HEADS.contains(h)) {
            return EntityType.METHOD;
        }
        return null;
    }

    /** Method or task for heads such as "regression", "learning", "optimization": decided by context. */
    static EntityType ambiguousType(Tok[] s, int from, int to, String head) {
        String first = s[from].lower();
        if (to - from >= 2 && (first.equals("bayesian") || first.equals("variational"))) {
            return EntityType.METHOD; // "Bayesian optimization", "variational inference": named families of methods
        }
        String before = from > 0 ? s[from - 1].lower() : "";
        String before2 = from > 1 ? s[from - 2].lower() : "";
        if (before.equals("via") || before.equals("using") || before.equals("by") || before.equals("with")
                || before.equals("use") || before.equals("uses") || before.equals("apply")
                || before.equals("employ") || before2.equals("based")) {
            return EntityType.METHOD;
        }
        String after = to < s.length ? s[to].lower() : "";
        if (s[from].inTitle() && (after.equals("via") || after.equals("with") || after.equals("using")
                || after.equals("through") || after.equals("by"))) {
            return EntityType.TASK;
        }
        if (before.equals("for") || before.equals("of") || before.equals("to") || before.equals("in")
                || before.equals("address") || before.equals("study") || before.equals("tackle")) {
            return EntityType.TASK;
        }
        if (head.equals("regression") || head.equals("search") || head.equals("sampling")
                || head.equals("scheduling") || head.equals("estimation") && to - from >= 3) {
            return EntityType.METHOD;
        }
        return EntityType.TASK;
    }

    private static final Set<String> TRAIN_WORDS = Set.of("train", "trained", "training", "trains", "fine-tune",
            "fine-tuned", "finetune", "finetuned", "pretrain", "pretrained", "pre-trained", "optimize", "optimized");

    /** Plural model nouns that end a list of model names ("A, B and C models", "A and B backbones"). */
    private static final Set<String> MODEL_PLURALS = Set.of("models", "backbones", "architectures", "encoders",
            "networks", "llms", "vlms", "mllms", "lms", "baselines", "variants", "detectors", "classifiers");

    /** The list of names from position {@code to} on ends in a plural model noun. */
    static boolean listEndsInModelNoun(Tok[] s, int to) {
        for (int k = to; k < Math.min(s.length, to + 12); k++) {
            String w = s[k].lower();
            if (MODEL_PLURALS.contains(w)) {
                return true;
            }
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || s[k].nameLike()
                    || Character.isUpperCase(s[k].word().charAt(0)) && !s[k].inTitle())) {
                return false;
            }
        }
        return false;
    }

    static final Set<String> TASK_CUES = Set.of("for", "of", "in", "on", "to",
            "address", "addresses", "addressing", "study", "studies", "studying", "tackle", "tackles", "solve",
            "solves", "solving", "consider", "considers", "improve", "improves", "enable", "enables", "towards",
            "toward", "task", "tasks", "problem", "problems", "such", "as", "like", "including");

    static boolean taskContext(Tok[] s, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
            if (TASK_CUES.contains(s[k].lower())) {
                return true;
            }
        }
        return false;
    }

    /** Dataset when the context says so ("trained on X", "X and Y datasets"), else method. */
    static EntityType nameType(Tok[] s, int from, int to) {
        if (listEndsInModelNoun(s, to)) {
            return EntityType.METHOD; // "experiments on A, B and C models": the names are models, not data
        }
        for (int k = from - 1; k >= Math.max(0, from - 8); k--) {
            String w = s[k].lower();
            if (Lexicon.DATASET_PREPS.contains(w)) {
                for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
                    if ((w.equals("using") || w.equals("with")) && TRAIN_WORDS.contains(s[m].lower())) {
                        break; // "we train X using Y": Y is how it is trained
                    }
                    if (Lexicon.DATASET_CONTEXT.contains(s[m].lower())) {
                        return EntityType.DATASET;
                    }
                }
                // "semantic segmentation on A, B and C": a task evaluated on named data
                if ((w.equals("on") || w.equals("across")) && k > 0 && s[k - 1].noun()
                        && Lexicon.TASK_HEADS.contains(s[k - 1].lowerLemma())) {
                    return EntityType.DATASET;
                }
            }
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("the") || s[k].nameLike()
                    || k < from - 1 && Character.isUpperCase(s[k].word().charAt(0)) && !s[k].inTitle())) {
                break;
            }
        }
        if (to < s.length && (Lexicon.DATA_ITEMS.contains(s[to].lower()) || s[to].lower().equals("data"))) {
            return EntityType.DATASET;
        }
        if (to < s.length && (s[to].lower().equals("task") || s[to].lower().equals("problem"))) {
            // "the Foo-4 task": a numbered challenge is data to evaluate on
            return NameShapes.hasDigit(s[to - 1].word()) ? EntityType.DATASET : EntityType.TASK;
        }
        if (DatasetLists.introducedByDatasetHead(s, from, to) || DatasetLists.appositiveDataset(s, to)) {
            return EntityType.DATASET;
        }
        // list followed by "datasets/benchmarks"
        for (int k = to; k < Math.min(s.length, to + 6); k++) {
            String w = s[k].lowerLemma();
            if (Lexicon.DATASET_HEADS.contains(w) || (w.equals("'") || w.equals("\u2019")) && k == to) {
                return EntityType.DATASET;
            }
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || s[k].nameLike() || w.equals("[")
                    || w.equals("]") || s[k].tag().equals("CD"))) {
                break;
            }
        }
        return EntityType.METHOD;
    }
}
