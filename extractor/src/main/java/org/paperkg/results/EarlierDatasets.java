package org.paperkg.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.paperkg.entities.PaperLink;

/**
 * The datasets the title and abstract named before a sentence, since the last sentence that stated a value and named
 * a dataset of its own: "We evaluate X on A. X reaches 84.1% accuracy." A score whose sentence names no dataset is
 * measured on the dataset the abstract has just introduced for evaluation, but only when that is the one dataset
 * named since: with two or more, with a plural "datasets"/"benchmarks" that names none, or with another setting of
 * the experiments ("experiments in dense traffic", "deployment on a real robot"), the text does not say which.
 * The first sentence that names usable datasets for evaluation ("We evaluate X on A.") starts afresh when none was
 * named before it: what the opening named was background (a task word typed as a dataset, training data).
 * Immutable: each sentence gives the state after it.
 *
 * @param named     the distinct usable datasets named since then, in text order
 * @param evaluated the keys of those named in a sentence that says they are evaluated on ("evaluate on", "experiments
 *                  on", "benchmarked")
 * @param several   something else was named that a score could be measured on: a dataset that cannot carry a
 *                  result, several datasets in a plural noun, another setting of the experiments
 * @param measured  the datasets start with a sentence that stated values on them, not with an introduction
 */
record EarlierDatasets(List<PaperLink> named, Set<String> evaluated, boolean several, boolean measured) {

    /** Before the title. */
    static final EarlierDatasets NONE = new EarlierDatasets(List.of(), Set.of(), false, false);

    /** Words that say the paper measures something on what the sentence names. */
    private static final Pattern EVALUATION = Pattern.compile(
            "evaluat(e|es|ed|ing|ion|ions)|experiment(s|al)?|benchmark(ed|ing)|tested|validat(e|es|ed|ing)"
                    + "|outperform(s|ed|ing)?|results"
                    // "We perform a study of X on A.": a study run on a named dataset is its evaluation
                    + "|study|studies|studied");
    /** Several datasets named by one plural noun ("on three datasets", "across diverse benchmarks"). */
    private static final Set<String> PLURAL_DATA = Set.of("datasets", "benchmarks", "corpora");
    /** Nouns of an experiment that, with their own "on"/"in" phrase, set up another setting than a named dataset. */
    private static final Set<String> SETTING_NOUNS = Set.of("experiment", "experiments", "deployment",
            "deployments", "evaluation", "evaluations");
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("on", "in", "with", "under");

    EarlierDatasets {
        named = List.copyOf(named);
        evaluated = Set.copyOf(evaluated);
    }

    /** The one dataset named since then, when it was named for evaluation and nothing else was named; else null. */
    PaperLink only() {
        List<PaperLink> distinct = editions(named);
        return distinct.size() == 1 && !several && evaluated.contains(distinct.get(0).entityKey())
                ? distinct.get(0) : null;
    }

    /**
     * The datasets without a name that only one other names with a year added ("A" beside "A2023"): the abstract
     * means that one year's edition by both, so they are one dataset, the dated one.
     */
    static List<PaperLink> editions(List<PaperLink> datasets) {
        List<PaperLink> out = new ArrayList<>(datasets.size());
        for (PaperLink d : datasets) {
            Pattern dated = Pattern.compile(Pattern.quote(d.entityLabel()) + "[ -]?(19|20)\\d\\d",
                    Pattern.CASE_INSENSITIVE);
            if (datasets.stream().filter(x -> dated.matcher(x.entityLabel()).matches()).count() != 1) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The datasets named since then, in order, when there are two or more and each was named for evaluation ("We
     * conduct experiments on A, B and C."), none of them in a sentence that stated values: a later "x, y and z,
     * respectively" may pair with them. Else empty.
     */
    List<PaperLink> listed() {
        // a sentence that measured on them pairs its own values; a later "respectively" may be about other settings
        List<PaperLink> distinct = editions(named);
        return distinct.size() >= 2 && !measured && distinct.stream().allMatch(d -> evaluated.contains(d.entityKey()))
                ? distinct : List.of();
    }

    /**
     * The state after a sentence: a sentence with values and a dataset of its own starts afresh (what follows is about
     * what it has measured); any other adds what it names.
     *
     * @param words       the sentence's tokens
     * @param datasets    the usable datasets it names for a score (not as training data), one per entity, in order
     * @param others      it names a dataset that cannot carry a result, or one as training data
     * @param statesValue it states a value (a score, a gain or a percentage)
     */
    EarlierDatasets after(String[] words, List<PaperLink> datasets, boolean others, boolean statesValue) {
        if (statesValue && !datasets.isEmpty()) {
            // the datasets it measured on are what it is about
            return new EarlierDatasets(datasets, datasets.stream().map(PaperLink::entityKey)
                    .collect(Collectors.toSet()), others || pluralData(words), true);
        }
        boolean evaluation = evaluation(words);
        if (named.isEmpty() && evaluation && !datasets.isEmpty() && !others && !pluralData(words)) {
            // "We evaluate X on A.": the first usable datasets, named for evaluation, start afresh; what came
            // before named no dataset a score could be on (a task word, training data, the field's background)
            return new EarlierDatasets(datasets, datasets.stream().map(PaperLink::entityKey)
                    .collect(Collectors.toSet()), false, false);
        }
        List<PaperLink> all = new ArrayList<>(named);
        Set<String> keys = new HashSet<>(evaluated);
        for (PaperLink d : datasets) {
            if (all.stream().noneMatch(x -> x.entityKey().equals(d.entityKey()))) {
                all.add(d);
            }
            if (evaluation) {
                keys.add(d.entityKey());
            }
        }
        boolean more = several || others || pluralData(words) || datasets.isEmpty() && otherSetting(words);
        return new EarlierDatasets(all, keys, more, measured);
    }

    /** The sentence says something is evaluated or experimented on. */
    static boolean evaluation(String[] words) {
        for (String w : words) {
            if (EVALUATION.matcher(w.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "on three datasets", "across standard benchmarks": several datasets, none of them named. */
    static boolean pluralData(String[] words) {
        for (String w : words) {
            if (PLURAL_DATA.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Experiments in dense traffic show ...", "deployment on a real robot reaches ...": a sentence that names no
     * dataset sets up a setting of its own for what it measures.
     */
    static boolean otherSetting(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (SETTING_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))
                    && SETTING_PREPOSITIONS.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
