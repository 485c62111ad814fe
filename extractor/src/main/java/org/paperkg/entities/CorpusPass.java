package org.paperkg.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * The corpus-level pass over one paper: adds entities evidenced strongly elsewhere in the corpus that the paper's
 * text names but its rules missed (longest word n-gram first, never over a span a rule already took). A name links
 * only where the text has its shape (an acronym or a mixed-case name as written; a single word that is also an
 * ordinary word of the corpus in the case it was written in as a name), and only when the survey found the rules
 * recognise it in enough of the papers that contain it and it is not a mere modifier.
 * Read-only once built, so several threads may use it.
 */
final class CorpusPass {

    /** Papers whose rules must find a capitalised single word before the corpus pass links it elsewhere. */
    static final int CAPITALISED_RULE_PAPERS = 3;
    /** A year or "et al." right after a name: an author cited, not a method or dataset. */
    private static final Pattern CITATION_AFTER = Pattern.compile("\\s*(?:\\(\\s*|,\\s*)(?:19|20)\\d\\d|\\s+et\\s+al\\b");

    /**
     * A name that is only a mapping, "Speech-to-Text", "English-to-French": it says what kind of task follows it, not
     * its data (unlike "WidgetBench 2014 English-to-French").
     */
    private static final Pattern MAPPING = Pattern.compile("[\\p{L}\\p{N}]+-to-[\\p{L}\\p{N}]+");

    private final StrongNameIndex names;
    private final AcronymIndex acronyms;
    private final CorpusSurvey survey;
    private final ToIntFunction<EntityId> rulePapers;

    /** A pass without survey evidence: shapes are checked, every strong name is evidenced. */
    CorpusPass(StrongNameIndex names, AcronymIndex acronyms) {
        this(new CorpusSurvey(names), acronyms, id -> Integer.MAX_VALUE);
    }

    /** A pass over the names of {@code survey}; {@code rulePapers} counts the papers whose rules found an entity. */
    CorpusPass(CorpusSurvey survey, AcronymIndex acronyms, ToIntFunction<EntityId> rulePapers) {
        this.names = survey.names();
        this.acronyms = acronyms;
        this.survey = survey;
        this.rulePapers = rulePapers;
    }

    /** Adds to {@code grouped} (the paper's mentions by entity) a mention of every strong name found in its text. */
    void addMissing(PaperRecord paper, Map<EntityId, List<Mention>> grouped) {
        if (names.isEmpty()) {
            return;
        }
        String text = paper.fullText();
        Set<EntityId> present = new HashSet<>(grouped.keySet());
        List<int[]> taken = new ArrayList<>();
        List<int[]> tasks = new ArrayList<>();
        for (List<Mention> ms : grouped.values()) {
            for (Mention m : ms) {
                taken.add(new int[]{m.charStart(), m.charEnd()});
                if (m.type() == EntityType.TASK) {
                    tasks.add(new int[]{m.charStart(), m.charEnd()});
                }
            }
        }
        names.scan(text, (name, found, start, end) -> {
            if (found.type() == EntityType.TASK && present.contains(found)) {
                // a task the paper names already: a dataset's name may open this occurrence ("Widgetnet
                // classification"), which the longest-first scan would otherwise never try
                names.scan(text.substring(start, end), (n, f, s, e) -> f.type() == EntityType.DATASET && s == 0
                        && e < end - start && link(text, n, f, start, start + e, present, taken, tasks, grouped));
                return true;
            }
            return link(text, name, found, start, end, present, taken, tasks, grouped);
        });
    }

    /**
     * Links the strong name {@code found} at {@code start..end} when its shape and the corpus evidence allow and no
     * mention of the paper covers the span (a dataset's name opening a task mention excepted). Returns whether the
     * span is this name here, so that no shorter name is tried inside it.
     */
    private boolean link(String text, String name, EntityId found, int start, int end, Set<EntityId> present,
                         List<int[]> taken, List<int[]> tasks, Map<EntityId, List<Mention>> grouped) {
        String surface = text.substring(start, end);
        boolean capitalised = StrongNameIndex.capitalised(surface);
        if (capitalised && names.capitalisedWord(name) && !capitalisedNameHere(text, start, end, found)
                || !names.shapeFits(name, surface, survey.ordinary(found) && names.isSingleWord(name))) {
            return false; // not this name here: a shorter one may be
        }
        boolean nameShaped = names.nameShaped(name) && !capitalised;
        if (survey.modifier(found) || !survey.evidenced(found, rulePapers.applyAsInt(found), nameShaped)) {
            return true; // the words of a name that is no entity name no shorter entity either
        }
        EntityId id = found;
        EntityId longForm = acronyms.longForm(AcronymIndex.stripPlural(LabelNormalizer.display(surface)),
                id.type());
        if (longForm != null) {
            id = longForm;
        }
        if (!present.contains(id) && (!overlaps(taken, start, end)
                || id.type() == EntityType.DATASET && opensTask(tasks, start, end)
                && !MAPPING.matcher(surface).matches())) {
            present.add(id);
            grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(surface, id.type(),
                    MentionRole.USED, start, end, sentenceAround(text, start, end), "corpus", 0.5, null));
        }
        return true;
    }

    /**
     * Whether a capitalised single word names the entity here: the corpus never writes it in lower case in running
     * text, the rules found it in {@link #CAPITALISED_RULE_PAPERS} papers or more, and the word stands alone, not as
     * part of a hyphenated name ("Widget-Lehman") nor as an author cited with a year ("Smith and Widget (2017)").
     */
    private boolean capitalisedNameHere(String text, int start, int end, EntityId found) {
        if (survey.ordinary(found) || rulePapers.applyAsInt(found) < CAPITALISED_RULE_PAPERS) {
            return false;
        }
        boolean hyphenBefore = start > 0 && text.charAt(start - 1) == '-';
        boolean hyphenAfter = end < text.length() && text.charAt(end) == '-';
        return !hyphenBefore && !hyphenAfter && !CITATION_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether the span opens a task mention that goes on after it: a dataset's name there says what the task is
     * measured on ("Widgetnet classification", "the WidgetBench 2014 A-to-B translation task").
     */
    private static boolean opensTask(List<int[]> tasks, int start, int end) {
        for (int[] t : tasks) {
            if (t[0] == start && t[1] > end) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] r : taken) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The sentence around a span: from after the previous ". " or line break to the next full stop or line break. */
    static String sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !(text.charAt(s - 1) == '\n' || s >= 2 && text.charAt(s - 2) == '.'
                && Character.isWhitespace(text.charAt(s - 1)))) {
            s--;
        }
        int e = end;
        while (e < text.length() && text.charAt(e) != '\n' && !(text.charAt(e) == '.'
                && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1)).strip();
    }
}
