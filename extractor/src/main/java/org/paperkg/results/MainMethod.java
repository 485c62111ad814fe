package org.paperkg.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.entities.PaperLink;

/**
 * The paper's main proposed method when {@link PaperMethod} finds none (several named proposed methods, none opening
 * the title): the one the abstract puts first by facts of its own text, not by name. Each candidate scores a point
 * for each fact it alone has: named in the title; the first proposed method named right after "we propose",
 * "we introduce", "this paper presents"; a short form the abstract defines in brackets ("... (QFN)"); named more
 * often than any other. The candidate with the most points, at least {@link #MIN_POINTS}, is the main method, when
 * the title or a proposal names it (the paper's own statement of what it contributes; a short form and a count alone
 * also fit a backbone the abstract spells out), it is written as a name ("Quokka Gate Network", "QGNet"; not
 * "detector") and no other candidate's name contains it. A tie gives none. Papers that survey or benchmark others' work, or whose title announces a dataset or benchmark (the
 * scores they report are mostly of the models they evaluate), have no main method.
 */
final class MainMethod {

    /** "we propose", "this paper introduces", "we present a ... called": where an abstract names its contribution. */
    private static final Pattern PROPOSAL = Pattern.compile(
            "\\b(?:we|and|this (?:paper|work|article|letter)|the present (?:paper|work)|here,?)\\s+"
                    + "(?:also\\s+|further\\s+|then\\s+|first\\s+|therefore\\s+|thus\\s+)?"
                    + "(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|"
                    + "devise|devises|describe|describes|put forward|puts forward|call|term|dub|name)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Title words of papers about others' methods: a survey, a review, a benchmark of existing systems. */
    private static final Pattern SURVEY_TITLE = Pattern.compile(
            "\\b(?:survey|review|overview|tutorial|comparative|comparison of|empirical study|empirical evaluation|"
                    + "evaluation of|benchmarking|lessons learned|benchmark|benchmarks|dataset|datasets|corpus)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far after the proposal verb (characters) the proposed name must start: the same sentence's object. */
    private static final int PROPOSAL_REACH = 160;
    static final int MIN_POINTS = 2;
    /** The facts a candidate may have, one letter each. */
    private static final char TITLE = 'T';
    private static final char PROPOSED = 'P';
    private static final char SHORT_FORM = 'A';
    private static final char MOST_NAMED = 'M';
    /** At most this many words between a proposal verb and the name it proposes ("a novel PEFT strategy termed"). */
    private static final int OBJECT_WORDS = 6;
    /** Words by which an abstract gives its contribution a name. */
    private static final Set<String> NAMING = Set.of("called", "named", "termed", "dubbed", "coined", "namely");
    /** Words that make a later name part of something else than the proposed object. */
    private static final Set<String> BREAKS_OBJECT = Set.of("that", "which", "who", "with", "to", "of", "for",
            "using", "by", "via", "on", "in", "from", "based", "into", "over", "than");

    private MainMethod() {
    }

    /**
     * @param proposed every proposed method of the paper, one per entity
     * @param carries  which of them may carry a result
     * @param names    every name of a link
     * @param title    the paper's title
     * @param text     the paper's full text (title and abstract)
     * @return the main method, or null when no single candidate leads
     */
    /** True when the title announces a survey, a benchmark or a dataset: the paper is about others' methods. */
    static boolean aboutOthers(String title) {
        return SURVEY_TITLE.matcher(title).find();
    }

    static PaperLink of(List<PaperLink> proposed, Predicate<PaperLink> carries,
                        Function<PaperLink, Collection<String>> names, String title, String text) {
        if (proposed.size() < 2 || aboutOthers(title)) {
            return null;
        }
        int n = proposed.size();
        int[] points = new int[n];
        StringBuilder[] facts = new StringBuilder[n];
        for (int i = 0; i < n; i++) {
            facts[i] = new StringBuilder();
        }
        // named in the title
        award(points, facts, TITLE, i -> written(names.apply(proposed.get(i)), title) > 0);
        // the name a proposal verb puts first: its object ("we propose the X", "we present a new kind of net
        // called X"), not a name inside a longer description ("a framework that integrates X")
        int[] proposedFirst = new int[n];
        Matcher m = PROPOSAL.matcher(text);
        while (m.find()) {
            int best = -1;
            int bestAt = Integer.MAX_VALUE;
            int bestLength = 0;
            int limit = sentenceEnd(text, m.end(), PROPOSAL_REACH);
            for (int i = 0; i < n; i++) {
                for (String name : names.apply(proposed.get(i))) {
                    if (name.length() < 2) {
                        continue;
                    }
                    for (int at : ResultExtractor.positions(text, name)) {
                        boolean earlier = at < bestAt || at == bestAt && name.length() > bestLength;
                        if (at >= m.end() && at < limit && earlier && objectOf(text.substring(m.end(), at))) {
                            best = i;
                            bestAt = at;
                            bestLength = name.length();
                        }
                    }
                }
            }
            if (best >= 0) {
                proposedFirst[best]++;
            }
        }
        award(points, facts, PROPOSED, i -> proposedFirst[i] > 0);
        // a short form defined in brackets: "Quokka Field Network (QFN)"
        award(points, facts, SHORT_FORM, i -> names.apply(proposed.get(i)).stream().anyMatch(nm -> definedShortForm(text, nm)));
        // named most often, strictly
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = written(names.apply(proposed.get(i)), text);
        }
        int most = 0;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        int atMost = 0;
        for (int c : counts) {
            atMost += c == most ? 1 : 0;
        }
        if (atMost == 1 && most > 1) {
            for (int i = 0; i < n; i++) {
                if (counts[i] == most) {
                    points[i]++;
                    facts[i].append(MOST_NAMED);
                }
            }
        }
        int top = -1;
        int topPoints = 0;
        boolean tie = false;
        for (int i = 0; i < n; i++) {
            if (points[i] > topPoints) {
                top = i;
                topPoints = points[i];
                tie = false;
            } else if (points[i] == topPoints) {
                tie = true;
            }
        }
        if (top < 0 || tie || topPoints < MIN_POINTS) {
            return null;
        }
        PaperLink main = proposed.get(top);
        String own = facts[top].toString();
        if (!carries.test(main)) {
            return null; // the paper's main method cannot carry a result (a description): no other one does
        }
        if (own.indexOf(TITLE) < 0 && own.indexOf(PROPOSED) < 0 || !nameShaped(main.entityLabel())) {
            return null; // the paper's own statement of its contribution (title, proposal) must name it, as a name
        }
        for (PaperLink other : proposed) {
            if (other != main && names.apply(main).stream().anyMatch(nm -> nm.length() >= 2
                    && names.apply(other).stream().anyMatch(o -> o.length() > nm.length()
                    && !ResultExtractor.positions(o, nm).isEmpty()))) {
                return null; // "X" inside "X-based framework": which of the two is the method is not clear
            }
        }
        return main;
    }

    /**
     * The words between a proposal verb and a name make the name its object: a few words ("a novel PEFT strategy")
     * with no clause or preposition that would make the name part of something else, or any words ending in
     * "called", "named", "termed", "dubbed".
     */
    private static boolean objectOf(String between) {
        String[] words = between.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        if (between.isBlank()) {
            return true;
        }
        String last = words[words.length - 1];
        if (NAMING.contains(last)) {
            return true;
        }
        if (words.length > OBJECT_WORDS) {
            return false;
        }
        for (String w : words) {
            if (BREAKS_OBJECT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Written as a name: a made word ("QuokkaNet", "Q2-Gate") or at least two capitalised words ("Quokka Gate"),
     * not a common noun ("detector", "neural network") or one capitalised word ("Masking").
     */
    static boolean nameShaped(String label) {
        String[] words = label.strip().split("[\\s]+");
        int capitalised = 0;
        for (String w : words) {
            if (ResultLinkFilter.looksLikeName(w) && w.chars().anyMatch(Character::isLetter)) {
                return true;
            }
            capitalised += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        return capitalised >= 2;
    }

    /** A point to every candidate that has the fact, when not all of them have it (then it tells nothing). */
    private static void award(int[] points, StringBuilder[] facts, char fact, IntPredicate has) {
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            if (has.test(i)) {
                with.add(i);
            }
        }
        if (with.size() < points.length) {
            with.forEach(i -> {
                points[i]++;
                facts[i].append(fact);
            });
        }
    }

    /** How often the names are written in {@code text}, each place counted once. */
    private static int written(Collection<String> names, String text) {
        Set<Integer> at = new java.util.HashSet<>();
        for (String name : names) {
            if (name.length() >= 2) {
                at.addAll(ResultExtractor.positions(text, name));
            }
        }
        return at.size();
    }

    /** A made short form written alone in brackets ("(QFN)", "(QFN;"): the abstract defines it. */
    private static boolean definedShortForm(String text, String name) {
        if (name.length() < 2 || name.indexOf(' ') >= 0 || !name.chars().anyMatch(Character::isUpperCase)) {
            return false;
        }
        for (int at : ResultExtractor.positions(text, name)) {
            int end = at + name.length();
            if (at > 0 && text.charAt(at - 1) == '(' && end < text.length()
                    && (text.charAt(end) == ')' || text.charAt(end) == ';' || text.charAt(end) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** The end of the sentence that starts before {@code from}, at most {@code reach} characters on. */
    private static int sentenceEnd(String text, int from, int reach) {
        int limit = Math.min(text.length(), from + reach);
        for (int i = from; i < limit - 1; i++) {
            if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return limit;
    }
}
