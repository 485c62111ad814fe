package org.paperkg.results;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;

/**
 * The method a value of one sentence belongs to. The paper's own result belongs to its proposed method: the proposed
 * method named in the value's clause, else, when the clause is about "our/we/the proposed" method or names no other
 * subject, the paper's own method ({@link PaperMethod}). A baseline's value is taken only when the clause names that
 * baseline as the subject of the value ("X achieves 71.2%", "X at 58.9%"). Anything else (a value in a clause about
 * another method, a comparison clause that names no method, a paper with several proposed methods none of which
 * opens the title) gets no method at all, and the result is dropped rather than left without its method or given a
 * guessed one. With several proposed methods and none opening the title, a clause about "our/we/the proposed" work
 * that names no method gets the paper's main method ({@link MainMethod}) when its text singles one out.
 */
final class MethodBinder {

    static final Set<String> OWN_CUES = Set.of("our", "we", "ours", "proposed");
    /** Verbs that report a finding in a "that" clause ("we find that", "results show that"). */
    static final Set<String> REPORTING = Set.of("find", "finds", "found", "show", "shows", "showed", "shown",
            "observe", "observes", "observed", "reveal", "reveals", "revealed", "demonstrate", "demonstrates",
            "demonstrated", "note", "notes", "noted", "discover", "discovered", "conclude", "concluded", "indicate",
            "indicates", "suggest", "suggests", "highlight", "highlights");
    /** How a score of the paper's own model in a configuration no link names goes to no method ({@link #ownConfiguration}). */
    static final String OWN_CONFIGURATION = "own-configuration";
    /** How a score of the paper's own method goes to no method: the abstract gives that method no name. */
    static final String UNNAMED = "own-unnamed";
    /** Words that open a clause about other methods' values ("compared to 58.9% for X"). */
    private static final Set<String> COMPARISON_OPENERS = Set.of("compared", "comparing", "versus", "vs", "vs.",
            "relative", "against", "unlike", "whereas");
    /** Words between a method's name and its value that make the method the value's subject. */
    private static final Set<String> RESULT_WORDS = Set.of("achieves", "achieved", "achieving", "achieve", "reaches",
            "reached", "reaching", "reach", "obtains", "obtained", "obtaining", "attains", "attained", "attaining",
            "scores", "scored", "yields", "yielded", "gets", "got", "records", "recorded", "delivers", "at", "with",
            ":", "(", "=", "has", "had", "only", "sets", "posts", "hits");
    /** Words that go on with a list of names from an earlier clause. */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", ",", ")");
    /** Words that open a clause about the methods the subject beats ("..., surpassing X by 3.1%"). */
    static final Set<String> BEATING_OPENERS = Set.of("surpassing", "outperforming", "outperforms",
            "surpasses", "exceeding", "beating", "beats");
    /** Result verbs that agree with a plural subject or say nothing of its number. */
    private static final Set<String> PLURAL_RESULT_VERBS = Set.of("reach", "achieve", "obtain", "attain", "yield",
            "reached", "achieved", "obtained", "attained", "yielded", "scored", "score", "get", "got", "outperform",
            "surpass", "exceed", "beat", "improve");
    /** Plural result verbs that beat others: a kind of method that beats others is the paper's ({@link #unlinkedSubject}). */
    private static final Set<String> BEATING_VERBS = Set.of("outperform", "surpass", "exceed", "beat");
    /** The words of an own baseline's subject ({@link #ownBaseline}). */
    private static final Set<String> BASELINE_WORDS = Set.of("baseline", "baselines");
    /** Words after which "with" brings in the subject's own score: "on A with", "by a large margin with". */
    private static final Set<String> BEFORE_OWN_WITH = Set.of("dataset", "datasets", "benchmark", "benchmarks", "margin");
    /** The subject after an opening "By ..., " that makes the paper the actor. */
    private static final Set<String> WE_OR_OUR = Set.of("we", "our");
    /** Words before the described method in "By applying the X to ...". */
    private static final Set<String> DETERMINERS = Set.of("the", "our", "a", "an");
    /** Plural nouns that end an unnamed beaten group ("all previous works"), after which "at" gives the subject's score. */
    private static final Set<String> BEATEN_KINDS = Set.of("works", "methods", "approaches", "models", "systems",
            "results", "baselines", "competitors", "arts", "algorithms", "networks", "trackers", "detectors");
    /** An adjective of likeness and its preposition, before the method the subject is likened to ({@link #likenedTo}). */
    private static final Set<String> LIKENESS = Set.of("comparable to", "similar to", "competitive with", "par with",
            "superior to", "close to");
    /** Split words right after a dataset's name ("on A test (61.3% AP)"). */
    private static final Set<String> SPLIT_WORDS_AFTER_DATASET = Set.of("test", "val", "validation", "dev", "test-dev");
    private static final Set<String> COMPONENT_CUES = Set.of("with", "using", "via", "+", "on", "from", "by",
            "over", "than", "to", "and", "of", "in", "like", "including");
    /** Participles that continue the subject's sentence after "outperforms X, ..." with its own score. */
    private static final Set<String> OWN_SCORE_VERBS = Set.of("achieving", "reaching", "attaining", "obtaining",
            "yielding", "scoring", "setting", "recording", "improving");
    /** Verbs by which the paper's method lifts other models ("our method boosts the performance of ... models"). */
    private static final Set<String> BOOST_VERBS = Set.of("boosts", "boost", "boosting", "improves", "improve",
            "improving", "enhances", "enhance", "enhancing", "benefits");
    /** What such a verb lifts: other models, whose later scores are with the paper's method applied. */
    private static final Set<String> BOOSTED = Set.of("performance", "models", "backbones", "architectures",
            "detectors", "llms", "vlms", "mllms", "agents", "baselines");
    /** Words right before a value that make it another method's ("than the previous best of 78.2%"). */
    private static final Set<String> OTHERS_CUES = Set.of("than", "published", "previous", "prior", "previously",
            "former");
    /** Verbs that make a described method the subject of the value after them ("... set a new best with 49.0%"). */
    private static final Set<String> SUBJECT_VERBS = Set.of("achieves", "achieved", "achieve", "achieving", "reaches",
            "reached", "reach", "reaching", "obtains", "obtained", "obtain", "attains", "attained", "attain", "yields",
            "yielded", "yield", "scores", "scored", "gets", "got", "records", "recorded", "delivers", "delivered",
            "sets", "set", "establishes", "established", "improves", "improved", "improve", "boosts", "boosted");
    /** Head nouns by which an abstract calls its own method ("our framework", "the proposed network"). */
    static final Set<String> METHOD_KINDS = Set.of("model", "method", "approach", "framework", "network",
            "architecture", "algorithm", "system", "scheme", "pipeline", "technique", "procedure", "detector",
            "tracker", "parser", "classifier");
    /** The kinds that name a whole method, not a step of it ("procedure", "technique"): "our method" may mean them. */
    private static final Set<String> WHOLE_METHOD_KINDS = Set.of("model", "method", "approach", "framework",
            "network", "architecture", "algorithm", "system", "pipeline", "detector", "tracker", "parser",
            "classifier");
    /** Verbs that open a conjunct sharing the subject before "and" ("we test X on A, and achieve 83.7%"). */
    private static final Set<String> CONTINUING_VERBS = Set.of("achieves", "achieved", "achieve", "reaches",
            "reached", "reach", "obtains", "obtained", "obtain", "attains", "attained", "attain", "yields", "yielded",
            "yield", "scores", "scored", "gets", "got", "records", "recorded", "delivers", "delivered", "sets", "set",
            "establishes", "established", "report", "reports", "reported", "produces", "produce", "gives", "give",
            "improve", "improves", "improved", "increase", "increases", "increased");
    /** Words that may stand between "and" and a value that shares the subject before "and" ("and a new FID of"). */
    private static final Set<String> SCORE_WORDS = Set.of("a", "an", "the", "new", "state-of-the-art", "best",
            "record", "lower", "higher", "score", "scores", "of", "(", "on", "for", "to");
    /** Determiners of a subject that stands for the paper's method when the abstract gives it no name. */
    private static final Set<String> IMPERSONAL_DETERMINERS = Set.of("the", "these", "such");
    /** Words that make "the ... model" someone else's ("the baseline model", "the previous best system"). */
    private static final Set<String> OTHERS_MODIFIERS = Set.of("baseline", "baselines", "previous", "prior",
            "existing", "original", "standard", "vanilla", "competing", "other", "best", "human", "reference",
            "teacher", "oracle", "state-of-the-art", "former", "same", "first", "second", "latter");
    /** Participles of a passive result ("is achieved"). */
    private static final Set<String> PASSIVE_RESULTS = Set.of("achieved", "obtained", "attained", "reached");
    private static final int SUBJECT_WINDOW = 12;
    /** A lower-case word, a full stop and a capital with no space: two sentences glued together. */
    private static final Pattern GLUED_END = Pattern.compile("[a-z]{2}\\.[A-Z][a-z]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?%?");

    private final String[] words;
    private final Clauses clauses;
    private final List<NameOccurrence> methods;
    /** The paper's own method ({@link PaperMethod}), or null. */
    private final PaperLink paperMethod;
    /** Occurrences of the paper's methods written as lower-case descriptions, in text order. */
    private final List<NameOccurrence> described;
    private final MethodDescriptions descriptions;
    /** The paper's main proposed method ({@link MainMethod}) when it has no own method, or null. */
    private final PaperLink mainMethod;
    /** True when the paper links no proposed method at all: "our method" is then one the abstract does not name. */
    private final boolean unnamedOwn;
    /** Per token: 'd' in a dataset name, 'n' in a value, 'm' in a metric name (as {@link Clauses} reads them). */
    private final char[] kinds;
    /** The paper's title, whose opening names what the paper is about. */
    private final String title;
    /** The sentence before was about the paper's own method ({@link ReferringSubject#ownSentence}). */
    private final boolean ownBefore;
    /** Forms that name a score's holder outright ({@link NamedScoreHolder}). */
    private final NamedScoreHolder holders;

    /**
     * @param methods  the method names of the sentence, in text order
     * @param paperMethod the paper's own method, which "our", "we" or no other subject refers to, or null
     * @param described   the sentence's occurrences of the paper's methods written as lower-case descriptions
     * @param descriptions the paper's methods written as lower-case descriptions
     * @param unnamedOwn  the paper links no proposed method, so its own method has no name
     * @param title       the paper's title
     */
    MethodBinder(String[] words, Clauses clauses, List<NameOccurrence> methods, PaperLink paperMethod,
                 List<NameOccurrence> described, MethodDescriptions descriptions, PaperLink mainMethod,
                 boolean unnamedOwn, char[] kinds, String title, boolean ownBefore) {
        this.words = words;
        this.ownBefore = ownBefore;
        this.title = title == null ? "" : title;
        this.kinds = kinds;
        this.clauses = clauses;
        this.methods = methods;
        this.paperMethod = paperMethod;
        this.described = described;
        this.descriptions = descriptions;
        this.mainMethod = mainMethod;
        this.unnamedOwn = unnamedOwn;
        this.holders = new NamedScoreHolder(words, kinds, clauses, methods);
    }

    /**
     * The method of {@code v}, or null when the sentence does not say it clearly. A value whose clause gives none
     * and opens with "and" without a subject of its own takes the subject of the clause before "and".
     */
    Attached bind(StatedValue v) {
        if (v.rule().equals(ComparedPairs.OTHER_RULE)) {
            return comparedSide(v);
        }
        if (v.rule().equals(BeatenScores.RULE)) {
            return beatenBefore(v);
        }
        if (v.rule().equals(FromToValues.OLD_RULE)) {
            return improvedOn(v);
        }
        if (v.rule().equals(ComparedPairs.NAMED_RULE)) {
            return claimSubject(v);
        }
        NamedScoreHolder.Verdict held = holders.of(v);
        if (held != null) {
            // "The human accuracy is a%", "The accuracy of X is a%", "surpassing X (c% and d%)": the holder's score
            NameOccurrence h = held.holder();
            return h == null ? null : isProposed(h) ? new Attached(h.link(), held.how(), 1.0, false)
                    : h.usable() ? new Attached(h.link(), held.how(), 0.9, true) : null;
        }
        Attached inClause = bind(v, false);
        Attached bound = inClause != null ? inClause : bind(v, true);
        if (bound != null && bound.baseline() && CompareForOwner.opensVersusPair(words, v)) {
            return null; // "comparable to X (a vs. b)": writers put their own score first, so a is not X's
        }
        return bound;
    }

    /**
     * The second value of "X improves over Y (a vs. b METRIC)": Y's, when exactly one method that is not the paper's
     * is named between the claim word and the pair; else no one's that the sentence says.
     */
    private Attached comparedSide(StatedValue v) {
        int claim = ComparedPairs.claimBefore(words, v.valueStart());
        return claim < 0 ? null : onlyOther(claim + 1, v.valueStart(), "compared-other");
    }

    /**
     * The first value of "OwlSeg improves over X (a vs. b METRIC)": the subject's, so the paper's only when the name
     * right before the claim word is its proposed method; no guess from the paper's other methods.
     */
    private Attached claimSubject(StatedValue v) {
        NameOccurrence subject = null;
        for (NameOccurrence o : methods) {
            if (o.last() < v.valueStart() && ComparedPairs.claimAt(words, o.last())
                    && ComparedPairs.sameClaim(words, o.last(), v.valueStart())) {
                subject = o;
            }
        }
        return subject != null && isProposed(subject) ? new Attached(subject.link(), "claim-subject", 1.0, false)
                : null;
    }

    /**
     * The old value A of "from A to B": the score of the method the sentence says is improved on, named after B ("to B
     * over X", "to B compared to X") or in an opening "Compared to (the baseline) X, ...". Exactly one method that is
     * not the paper's must be named there; else A is no one's the sentence names and is dropped.
     */
    private Attached improvedOn(StatedValue v) {
        ImprovedOn span = ImprovedOn.of(words, v.valueStart());
        return span == null ? null : onlyOther(span.from(), span.to(), "improved-on");
    }

    /** "outperforming X (b)": X's, when X right before the bracket is a linked method that is not the paper's. */
    private Attached beatenBefore(StatedValue v) {
        for (NameOccurrence o : methods) {
            if (o.last() == v.valueStart() - 1) {
                return isProposed(o) || !o.usable() ? null : new Attached(o.link(), "beaten", 0.9, true);
            }
        }
        return null;
    }

    /**
     * The one method that is not the paper's named in {@code [from, to)}, as a baseline; null for none, for several or
     * for the paper's own name there (whose value it is is then not clear).
     */
    private Attached onlyOther(int from, int to, String how) {
        NameOccurrence other = null;
        for (NameOccurrence o : methods) {
            if (o.first() >= from && o.last() <= to) {
                if (isProposed(o) || !o.usable() || other != null) {
                    return null;
                }
                other = o;
            }
        }
        return other == null ? null : new Attached(other.link(), how, 0.9, true);
    }

    private Attached bind(StatedValue v, boolean acrossAnd) {
        NameOccurrence comparedFor = CompareForOwner.of(words, v, methods);
        if (comparedFor != null && isProposed(comparedFor)) {
            // "X (a for OwlNet compared to b for X)": the brackets name the score's own method, the paper's
            return new Attached(comparedFor.link(), "compared-for", 1.0, false);
        }
        NameOccurrence bracketing = bracketing(v);
        if (bracketing != null) {
            // "ahead of X (90.1%)": a value alone in brackets after a method's name is that method's
            return isProposed(bracketing) ? new Attached(bracketing.link(), "bracket", 1.0, false)
                    : baseline(bracketing, v);
        }
        int opened = v.valueStart() - 1;
        // the first value of "(a vs b)" after the paper's claim is the subject's own ({@link ComparedPairs})
        boolean pairFirst = v.rule().equals(ComparedPairs.RULE) || v.rule().equals(ComparedPairs.NAMED_RULE);
        if (opened >= 1 && words[opened].equals("(") && !v.improvement() && !pairFirst) {
            // "..., surpassing X (50.1% with ...)": a score opening brackets in a clause about the beaten methods is
            // a beaten method's, also with more words in the brackets; X's when X is linked, else no one's
            int outer = clauses.start(opened - 1);
            while (outer > 0 && LIST_JOINERS.contains(words[outer].toLowerCase(Locale.ROOT))) {
                outer = clauses.start(outer - 1); // "surpassing A (...) and B (...)": B's clause is A's
            }
            if (outer > 0 && BEATING_OPENERS.contains(words[outer].toLowerCase(Locale.ROOT))
                    && !(afterDataset(opened) && bracketsHoldOnlyValue(v))) {
                NameOccurrence beaten = namedBefore(opened);
                return beaten == null || isProposed(beaten) ? null : baseline(beaten, v);
            }
        }
        int start = BracketedListClause.start(words, clauses,
                outsideClosedComparison(clauses.start(v.valueStart()), v.valueStart()), v.valueStart());
        int subjectEnd = v.firstToken();
        boolean beating = start > 0 && BEATING_OPENERS.contains(words[start].toLowerCase(Locale.ROOT));
        if (start > 0 && COMPARISON_OPENERS.contains(words[start].toLowerCase(Locale.ROOT))
                && (participleAfterComma(start, v.firstToken()) || colonAfterComparison(start, v))) {
            // "X achieves ... compared to Y, e.g., setting a new FID of 11.4": the participle goes on with X's own
            // result; the subject is the main clause's
            subjectEnd = start;
            start = clauses.start(start - 1);
        }
        if (start > 0 && whileParticiple(start, v.firstToken())) {
            // "X reaches 41.0 on A, while keeping a score of 90.2 on B": a participle after "while" has no subject of
            // its own; it goes on with the main clause's (unlike "while Y reaches ...", which names its own)
            subjectEnd = start;
            start = clauses.start(start - 1);
        }
        if (beating) {
            // the methods named after "surpassing" are the beaten ones: the subject is the main clause's
            subjectEnd = start;
            start = clauses.start(start - 1);
        }
        int clauseStart = start;
        while (acrossAnd && start > 0 && conjunct(start, v)) {
            // "we obtain 52.8 on A and 52.0 on B", "we test X on A, and achieve 83.7%": the conjunct after "and"
            // names no subject of its own; the subject before "and" is its subject (not one after an opener)
            int before = clauses.start(start - 1);
            while (before >= 2 && sharedModifiers(before)) {
                before = clauses.start(before - 1); // "we propose a simple and effective method, and improve ..."
            }
            String opener = words[before].toLowerCase(Locale.ROOT);
            if (before > 0 && COMPARISON_OPENERS.contains(opener) && colonAfterComparison(before, v)) {
                // "... compared with others: a on A and b on B": the list after the colon is the main clause's
                subjectEnd = before;
                start = clauses.start(before - 1);
                break;
            }
            if (COMPARISON_OPENERS.contains(opener) || BEATING_OPENERS.contains(opener)
                    || Set.of("whereas", "while", "but", "although", "though", "unlike").contains(opener)) {
                break;
            }
            start = before;
        }
        if (acrossAnd && start == clauseStart) {
            return null; // nothing before "and" to take: the clause alone already gave none
        }
        boolean own = false;
        for (int j = start; j < subjectEnd; j++) {
            // "the presented (new) baseline achieves": the paper's own, as "the proposed" is
            own |= OWN_CUES.contains(words[j].toLowerCase(Locale.ROOT))
                    || j > start && words[j].equalsIgnoreCase("presented") && words[j - 1].equalsIgnoreCase("the");
        }
        // the proposed method named nearest before the value, and another method named after it that is not a
        // component of it ("OwlNet with FooNet achieves": FooNet is no subject)
        NameOccurrence ownNamed = null;
        NameOccurrence subject = null;
        for (NameOccurrence o : methods) {
            if (o.first() >= start && o.last() <= subjectEnd) {
                if (isProposed(o) && !compared(o)) {
                    ownNamed = o;
                    subject = null;
                } else if (!component(o) && !likenedTo(o) && !TaskNamedMetric.qualifies(words, o, v)
                        && !(ownNamed != null && subject == null && o.first() == ownNamed.last() + 1
                        && words[ownNamed.last()].equals("("))) {
                    subject = o; // "OwlNet (FooNet-50) achieves": the name in brackets is OwlNet's backbone
                }
            }
        }
        if (!own && ownBefore && subject == null && ownNamed == null && ReferringSubject.in(words, start, subjectEnd)) {
            own = true; // "Our separator is small. It reaches 21.4 dB on A": the pronoun is the paper's method
        }
        if (own && subject != null && ownSubjectAfter(subject, v)) {
            // "X attains ... on A, with our best models obtaining 89.2%", "Compared to X, our model reaches 85%":
            // the paper's own method, named after X, is the value's subject
            subject = null;
        }
        // "outperforms X by far (from 51.2% to 60.4% on A)": the new value of a "from a to b" is the subject's own,
        // the beaten method's is the old one ({@link FromToValues})
        boolean newValue = v.rule().equals(FromToValues.RULE);
        if (beating && !v.improvement() && !pairFirst && !newValue
                && !scoreVerbBetween(subjectEnd, v.firstToken()) && !ownAfterBeaten(subjectEnd, v)) {
            // a score in "..., outperforming X (74.0%)" is the beaten method's: X's when named as its subject;
            // "outperforms X, achieving 92.7%" states the subject's own score and goes on below
            for (NameOccurrence o : methods) {
                if (o.first() >= subjectEnd && o.last() <= v.firstToken() && !isProposed(o)) {
                    return baseline(o, v);
                }
            }
            return null;
        }
        if (own && ownNamed == null && subject == null && ownConfiguration(start, subjectEnd)) {
            // the paper's own model in a configuration no link names: its score, with no method name to give
            return new Attached(null, OWN_CONFIGURATION, 1.0, false);
        }
        if (own && unlinkedSubject(start, subjectEnd, true)) {
            return null;
        }
        if (subject != null && !own) {
            Attached titled = ownNamed == null ? titleSubject(subject, v) : null;
            if (titled != null) {
                return titled;
            }
            Attached baseline = baseline(subject, v);
            if (baseline != null || ownNamed == null) {
                return baseline; // a baseline's own value, or a clause about another method
            }
        }
        if (!beating && !v.improvement() && othersValueCue(v)) {
            return null; // "..., better than the best published F1 of 81.8": another method's value
        }
        if (ownNamed != null) {
            return new Attached(ownNamed.link(), "clause", 1.0, false);
        }
        // after "surpassing", "previous" and "baseline" name the beaten methods, not the value's owner
        if (!own && !beating
                && (v.baselineCue() || COMPARISON_OPENERS.contains(words[start].toLowerCase(Locale.ROOT)))) {
            return null; // another method's value, and the clause does not name it as its subject
        }
        for (NameOccurrence o : methods) {
            // the sentence's first proposed method before the subject's end: one named after "surpassing" is beaten
            if (isProposed(o) && o.last() <= subjectEnd && ownNamed == null && !compared(o)) {
                ownNamed = o;
            }
        }
        if (ownNamed != null && (own || subject == null)) {
            return new Attached(ownNamed.link(), "sentence", 1.0, false);
        }
        if (unlinkedSubject(start, subjectEnd, own)) {
            return null;
        }
        if (paperMethod != null) {
            return new Attached(paperMethod, "paper", 1.0, false);
        }
        Attached described = describedMethod(start, subjectEnd, v);
        if (described != null) {
            return described;
        }
        // "our model", "we", "the proposed": the paper's main method, when its text singles one out; in a paper that
        // names no method of its own, the score is still the paper's own, of a method without a name
        if (own && mainMethod != null) {
            return new Attached(mainMethod, "main", 1.0, false);
        }
        // ("we find that X reaches ..." names its owner: X's, not the paper's)
        // ("we find that the best model reaches 41.2%": a finding about the models the paper studies)
        // ("the model reaches 5.5% WER", "an accuracy of 91.0% is achieved": the paper's own, as "we"; "it" is
        // ReferringSubject's, which asks that the sentence before be about the paper's own method)
        // ("Training on all of A reaches a% WER", "On A, simply deepening the stack lowers the perplexity to b": a
        // gerund as subject is what the paper did, as "we" is)
        boolean gerund = !own && subject == null && !v.baselineCue() && GerundSubject.opens(words, kinds, start, subjectEnd,
                j -> covered(j));
        boolean ownLike = own || gerund
                || (!v.baselineCue() && (impersonalSubject(start, subjectEnd) || agentlessPassive(v)));
        // (a dataset or benchmark paper scores others' methods, but "our baseline reaches", "we train a baseline
        // model which achieves" is the model the paper itself trains on its data)
        // (with no own method that the links single out, "our models achieve a%" is still the paper's own score: it
        // gets no method's name rather than a guessed one; "we" in a glued sentence before is another sentence's;
        // a survey, benchmark or dataset paper scores others' methods, as above)
        boolean aboutOthers = MainMethod.aboutOthers(title);
        boolean ownModel = unnamedOwn || own && aboutOthers && ownBaseline(start, subjectEnd)
                || (own || gerund) && !aboutOthers && !v.improvement() && !gluedSentenceEnd(start, v.firstToken());
        return ownLike && ownModel && subject == null && !reportedOthers(v) ? new Attached(null, UNNAMED, 1.0, false)
                : null;
    }

    /**
     * A token between the two that holds a sentence end the text lost its space after ("community.The"): the words
     * before it are another sentence's, so an "our"/"we" there is no subject of the value.
     */
    private boolean gluedSentenceEnd(int from, int to) {
        for (int j = from; j < to; j++) {
            if (GLUED_END.matcher(words[j]).find()) {
                return true;
            }
        }
        return false;
    }

    /** "our (strong) baseline", "a (simple) baseline model" as the subject between {@code start} and {@code end}. */
    private boolean ownBaseline(int start, int end) {
        for (int j = start + 1; j < end; j++) {
            if (!BASELINE_WORDS.contains(words[j].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = j - 1; k >= Math.max(start, j - 2); k--) {
                String w = words[k].toLowerCase(Locale.ROOT);
                if (w.equals("our") || w.equals("a") || w.equals("an")) {
                    return true;
                }
                if (!w.matches("[a-z]+")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * The start of the clause a value at {@code value} is stated in, when its clause {@code start} was opened by a
     * comparison inside brackets that closed before the value: "X outperforms Y on A (14.2 vs 16.9), as well as on B
     * (3.21 vs 3.30)" goes on after ")" with the statement the brackets interrupted, not with their "vs" clause, so
     * the value's subject is that statement's. Otherwise {@code start} itself.
     */
    private int outsideClosedComparison(int start, int value) {
        while (start > 0 && Clauses.OPENERS.contains(words[start].toLowerCase(Locale.ROOT))) {
            int open = -1;
            for (int j = start - 1; j >= 0 && open < 0; j--) {
                if (words[j].equals(")")) {
                    return start; // the comparison is not inside the nearest brackets
                }
                open = words[j].equals("(") ? j : -1;
            }
            int close = -1;
            for (int j = start + 1; j < value && close < 0; j++) {
                if (words[j].equals("(")) {
                    return start;
                }
                close = words[j].equals(")") ? j : -1;
            }
            if (open <= 0 || close < 0) {
                return start;
            }
            for (int j = close + 1; j < value; j++) {
                String w = words[j].toLowerCase(Locale.ROOT);
                if (covered(j) || OWN_CUES.contains(w) || NUMBER.matcher(w).matches() || kinds[j] != 'd'
                        && kinds[j] != 'm' && ResultLinkFilter.looksLikeName(words[j])) {
                    return start; // a subject or value of its own after the brackets ("..., and OwlNet gets 3.4")
                }
            }
            start = clauses.start(open - 1);
        }
        return start;
    }

    /**
     * The clause's subject is "the/these ... model(s)" (a kind of method, no word that makes it another's):
     * in an abstract that names no method of its own, that is the method the paper presents.
     */
    private boolean impersonalSubject(int start, int end) {
        for (int j = start; j < end; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            boolean opensClause = j == start || words[j - 1].equals(",");
            if (IMPERSONAL_DETERMINERS.contains(w) && opensClause) {
                for (int k = j + 1; k < end && k <= j + 4; k++) {
                    String n = words[k].toLowerCase(Locale.ROOT);
                    if (OTHERS_MODIFIERS.contains(n) || covered(k) || !n.equals(words[k])) {
                        break; // "the baseline model", "the X model": someone else's, or a named one
                    }
                    String singular = n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
                    if (WHOLE_METHOD_KINDS.contains(singular)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "an accuracy of 91.0% is achieved" with no "by ...": a passive without an agent states the paper's own score. */
    private boolean agentlessPassive(StatedValue v) {
        int before = v.valueStart() - 1;
        if (before >= 0 && (words[before].equals(",") || words[before].equalsIgnoreCase("and"))) {
            return false; // "scores of 77.0 and 81.5 are obtained on A": which one is whose is not said
        }
        int j = v.lastToken();
        if (j < words.length && (kinds[j] == 'm' || words[j].equals("%"))) {
            j++;
        }
        if (j + 1 >= words.length || !Set.of("is", "was", "are", "were").contains(words[j].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String verb = words[j + 1].toLowerCase(Locale.ROOT);
        return PASSIVE_RESULTS.contains(verb) && (j + 2 >= words.length || !words[j + 2].equalsIgnoreCase("by"));
    }

    /**
     * A clause opened by "and" (or ", and") that names no subject before the value {@code end}: a result verb right
     * after "and" ("and achieve", "and report"), or only the value's own words (an article, "new", its metric, a
     * dataset's name and a bracket: "and 52.0 on B", "and a new FID of 3.1", "and B (52.1% AP)").
     */
    private boolean conjunct(int start, StatedValue v) {
        // a value whose metric the sentence named earlier ("5.5% WER on A, and 5.4% and 14.7% on B ...") starts at
        // its number, not at that metric
        int end = v.rule().equals("sentence-metric") ? v.valueStart() : v.firstToken();
        int i = start;
        if (words[i].equals(",")) {
            i++;
        }
        if (i >= end || !words[i].equalsIgnoreCase("and")) {
            return false;
        }
        i++;
        while (i < end && (words[i].equals(",") || words[i].equalsIgnoreCase("also")
                || words[i].length() > 4 && words[i].endsWith("ly") && words[i].equals(words[i].toLowerCase(Locale.ROOT)))) {
            i++;
        }
        if (i < end && (CONTINUING_VERBS.contains(words[i].toLowerCase(Locale.ROOT))
                || BEATING_OPENERS.contains(words[i].toLowerCase(Locale.ROOT)))) {
            return true; // "..., and outperforms all previous works at x": the beating clause shares the subject
        }
        if (i < end && OWN_SCORE_VERBS.contains(words[i].toLowerCase(Locale.ROOT))) {
            return true; // "..., starting from scratch and reaching x": a participle has no subject of its own
        }
        if (end - 3 > i && words[end - 3].equalsIgnoreCase("from") && NUMBER.matcher(words[end - 2]).matches()
                && words[end - 1].equalsIgnoreCase("to")) {
            end -= 3; // "..., and B from 18.3 to 16.4": the old value of the pair is the value's own words
        }
        for (int j = i; j < end; j++) {
            if (j > i && words[j - 1].equals(",") && OWN_SCORE_VERBS.contains(words[j].toLowerCase(Locale.ROOT))
                    && kinds[j - 2] == 'd') {
                // "... on A and B, achieving x": the participle after the last of the listed datasets goes on with
                // the subject before "and"; what follows it up to the value is the participle's own object
                return noNameBetween(j, end);
            }
            if (!(kinds[j] == 'd' || kinds[j] == 'm' || SCORE_WORDS.contains(words[j].toLowerCase(Locale.ROOT))
                    || kinds[j] == 'n' && v.rule().equals("sentence-metric") // "and 5.4% and 14.7% on B": a list
                    || words[j].equalsIgnoreCase("and") && j > i && kinds[j - 1] == 'n'
                    && v.rule().equals("sentence-metric")
                    || words[j].equals(",") && j + 1 < end
                    && OWN_SCORE_VERBS.contains(words[j + 1].toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return !v.rule().equals("parallel") || noMetricAfter(v.lastToken());
    }

    /**
     * The "and" at {@code at} joins two lower-case modifiers after an article ("a simple and effective method"): one
     * noun phrase, not a new statement, so the subject before it is still the subject.
     */
    private boolean sharedModifiers(int at) {
        return at + 1 < words.length && words[at].equalsIgnoreCase("and")
                && Set.of("a", "an", "the").contains(words[at - 2].toLowerCase(Locale.ROOT))
                && words[at - 1].matches("[a-z]+") && words[at + 1].matches("[a-z]+");
    }

    /**
     * The subject is linked as a method the paper uses, but the title opens with its name and the paper's own (or
     * main) method is called by it ("Lattice Rescoring for Owl Models" and "lattice rescoring lowers the
     * perplexity to 40.3"): the paper is about that method, so the score is the paper's own.
     */
    private Attached titleSubject(NameOccurrence subject, StatedValue v) {
        PaperLink own = paperMethod != null ? paperMethod : mainMethod;
        if (own == null || title.isEmpty() || v.baselineCue() || othersValueCue(v)) {
            return null;
        }
        String written = String.join(" ", java.util.Arrays.copyOfRange(words, subject.first(), subject.last()))
                .toLowerCase(Locale.ROOT);
        String opening = title.strip().toLowerCase(Locale.ROOT);
        boolean opens = written.length() >= 3 && opening.startsWith(written)
                && (opening.length() == written.length() || !Character.isLetterOrDigit(opening.charAt(written.length())));
        return opens && own.entityLabel().toLowerCase(Locale.ROOT).contains(written)
                ? new Attached(own, "title-subject", 1.0, false) : null;
    }

    /**
     * Between the name {@code subject} and the value, "our" or "proposed" calls the paper's method by its kind
     * ("our best models", "the proposed network"), a result verb follows, and no other name or number stands between.
     */
    private boolean ownSubjectAfter(NameOccurrence subject, StatedValue v) {
        for (int j = subject.last(); j < v.firstToken(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (!w.equals("our") && !w.equals("proposed")) {
                continue;
            }
            for (int k = j + 1; k < Math.min(v.firstToken(), j + 4); k++) {
                if (METHOD_KINDS.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("s$", ""))) {
                    boolean verb = false;
                    for (int m = k + 1; m < v.firstToken(); m++) {
                        String x = words[m].toLowerCase(Locale.ROOT);
                        if (covered(m) || NUMBER.matcher(x).matches()) {
                            return false;
                        }
                        verb |= SUBJECT_VERBS.contains(x) || OWN_SCORE_VERBS.contains(x);
                    }
                    return verb;
                }
            }
        }
        return false;
    }

    /** No method's name, "our"/"we" or number between the two tokens: the words name no subject of their own. */
    private boolean noNameBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (covered(j) || OWN_CUES.contains(w) || NUMBER.matcher(w).matches()
                    || ResultLinkFilter.looksLikeName(words[j]) && kinds[j] != 'm') {
                return false;
            }
        }
        return true;
    }

    /**
     * A value that takes its metric from the one before it ("82.4% top-1 accuracy on A and 56.2% on B") is followed
     * by no words of a metric of its own ("and 56.2% (+11.7%) Top-1 Recall on B" names another metric the value reader
     * did not know): after it, past a bracket, comes a preposition, a comma or the sentence's end.
     */
    private boolean noMetricAfter(int from) {
        int j = from;
        if (j < words.length && words[j].equals("(")) {
            while (j < words.length && !words[j].equals(")")) {
                j++;
            }
            j++;
        }
        return j >= words.length || Set.of("on", "in", "for", "with", "at", "using", ",", ".", ";", "and", "-", "--",
                "while", "which").contains(words[j].toLowerCase(Locale.ROOT));
    }

    /**
     * With no named method of the paper to give the value to, a description of it: the one written as the value's
     * subject ("dense decoding networks set a new best with 49.0%"), else, when the paper proposes only descriptions,
     * the one "our framework" or "the proposed network" calls by its head noun or its kind. "We" alone, or a paper's
     * only description without such a noun, is not enough: those descriptions are often a component or a setting.
     */
    private Attached describedMethod(int start, int subjectEnd, StatedValue v) {
        NameOccurrence subject = describedSubject(start, subjectEnd, v);
        if (subject != null) {
            return new Attached(subject.link(), "described-subject", 1.0, false);
        }
        NameOccurrence applied = appliedInOpening(start, subjectEnd);
        if (applied != null) {
            return new Attached(applied.link(), "described-applied", 1.0, false);
        }
        String noun = descriptions.alone() ? ownKindNoun(start, subjectEnd) : null;
        PaperLink called = noun == null ? null : calledBy(noun);
        return called == null ? null : new Attached(called, "described-own", 1.0, false);
    }

    /**
     * The nearest description written in the value's clause before it and followed by a result verb, with no number,
     * other method or "our" between ("the staged decoder, our ...": not the subject).
     */
    private NameOccurrence describedSubject(int start, int subjectEnd, StatedValue v) {
        NameOccurrence found = null;
        for (NameOccurrence o : described) {
            if (o.first() < start || o.last() > subjectEnd || component(o)
                    || v.firstToken() - o.last() > SUBJECT_WINDOW) {
                continue;
            }
            boolean verb = false;
            boolean clear = true;
            for (int j = o.last(); j < v.firstToken() && clear; j++) {
                String w = words[j].toLowerCase(Locale.ROOT);
                clear = !NUMBER.matcher(w).matches() && !OWN_CUES.contains(w) && !covered(j);
                verb |= SUBJECT_VERBS.contains(w);
            }
            if (clear && verb) {
                found = o;
            }
        }
        return found;
    }

    /**
     * "By applying X to EmuNet models, we improve ...": a description of the paper's method right after the gerund of
     * an opening "By ..." phrase, and "we" or "our" right after the phrase's comma. The paper states what its own
     * method does to the models it is applied to, so the scores of that clause are the method's. Null otherwise (a
     * clause that does not open the sentence, no comma before the value, another subject after the comma).
     */
    private NameOccurrence appliedInOpening(int start, int subjectEnd) {
        if (start != 0 || words.length < 4 || !words[0].equalsIgnoreCase("by") || !words[1].matches("[a-z]{3,}ing")) {
            return null;
        }
        int comma = -1;
        for (int j = 2; j < subjectEnd && comma < 0; j++) {
            comma = words[j].equals(",") ? j : -1;
        }
        if (comma < 0 || comma + 1 >= subjectEnd
                || !WE_OR_OUR.contains(words[comma + 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int first = 2;
        while (first < comma && DETERMINERS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (NameOccurrence o : described) {
            if (o.first() == first && o.last() <= comma) {
                return o;
            }
        }
        return null;
    }

    /** The head noun of "our (best) model", "the proposed framework" in the clause when it is a method's kind. */
    private String ownKindNoun(int start, int end) {
        for (int j = start; j < end; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (w.equals("our") || w.equals("proposed")) {
                for (int k = j + 1; k < Math.min(end, j + 4); k++) {
                    String noun = words[k].toLowerCase(Locale.ROOT);
                    if (METHOD_KINDS.contains(noun)) {
                        return noun;
                    }
                }
            }
        }
        return null;
    }

    /** The only description whose head is {@code noun}, else the only one whose head is a method's kind, else null. */
    private PaperLink calledBy(String noun) {
        List<PaperLink> same = descriptions.links().stream()
                .filter(l -> ResultLinkFilter.head(l.entityLabel()).equals(noun)).toList();
        if (!same.isEmpty()) {
            return same.size() == 1 ? same.get(0) : null;
        }
        List<PaperLink> kinds = descriptions.links().stream()
                .filter(l -> WHOLE_METHOD_KINDS.contains(ResultLinkFilter.head(l.entityLabel()))).toList();
        return kinds.size() == 1 ? kinds.get(0) : null;
    }

    /**
     * The clause names its subject without a link: "our X-Net" with a made name no method link covers (a variant
     * of the paper's method, or another system), or a plural noun before a result verb ("contrastive losses
     * reached ...": not the paper's method), unless it ends a description of the paper's method ("dynamic kernels
     * achieve ...").
     */
    private boolean unlinkedSubject(int start, int end, boolean own) {
        for (int j = start; j < end; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (OWN_CUES.contains(w) && j + 1 < end && ResultLinkFilter.looksLikeName(words[j + 1])
                    && !covered(j + 1)) {
                return true;
            }
            if (OWN_CUES.contains(w) && j + 2 < end && variantModifier(words[j + 1]) && startsName(j + 2)) {
                return true; // "the proposed dual-encoder X": a variant of X (a baseline), not X
            }
            if (!own && j > start && PLURAL_RESULT_VERBS.contains(w)) {
                String before = words[j - 1];
                if (before.length() > 3 && before.endsWith("s") && before.equals(before.toLowerCase(Locale.ROOT))
                        && !covered(j - 1) && !describedEndsAt(j) && !(BEATING_VERBS.contains(w)
                        && WHOLE_METHOD_KINDS.contains(before.substring(0, before.length() - 1))
                        && impersonalSubject(start, j))) {
                    // ("these systems reach 71%" may be the baselines; "these deep models outperform their
                    // counterparts" are the models the paper built, and their scores its own: kept below)
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "our OwlNet-S143+ model achieves": in the clause before {@code end}, "our", one name no link covers (maybe
     * written in several tokens) and a whole method's kind noun ("model(s)", "network(s)") right before a result verb
     * name a configuration of the paper's own model, not another system. Its score is the paper's; the name is no
     * link's, so the result gets no method rather than the proposed one's name.
     */
    private boolean ownConfiguration(int start, int end) {
        int our = start;
        while (our < end && !words[our].equalsIgnoreCase("our")) {
            our++;
        }
        if (our + 2 >= end || !ResultLinkFilter.looksLikeName(words[our + 1]) || covered(our + 1)) {
            return false;
        }
        int k = our + 2;
        while (k < Math.min(end, our + 5) && !words[k].matches("[a-z]+")) {
            k++; // the tokens of one written name: "OwlNet-S143 +", "Owl-3-B + SD"
        }
        return k + 1 < end && WHOLE_METHOD_KINDS.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("s$", ""))
                && SUBJECT_VERBS.contains(words[k + 1].toLowerCase(Locale.ROOT));
    }

    /** A description of the paper's own method ends right before {@code token} ("dynamic kernels achieve"). */
    private boolean describedEndsAt(int token) {
        return described.stream().anyMatch(o -> o.last() == token);
    }

    /**
     * A value in a finding the paper reports ("we find that ...", "results show that ..."), whose subject after "that"
     * is neither the paper's ("our", "we", "proposed") nor a method name: the finding is about models the paper
     * studies ("existing models achieve only 41.2%", "human experts reach 91.2%"), not the paper's own score.
     */
    private boolean reportedOthers(StatedValue v) {
        int that = -1;
        for (int j = v.firstToken() - 1; j >= 1; j--) {
            if (words[j].equalsIgnoreCase("that") && REPORTING.contains(words[j - 1].toLowerCase(Locale.ROOT))) {
                that = j;
                break;
            }
        }
        if (that < 0) {
            return false;
        }
        if (that >= 2 && words[that - 2].equalsIgnoreCase("we") && NewRecordClaim.between(words, that + 1, v.firstToken())) {
            return false; // "we show that joint decoding ..., resulting in new state-of-the-art numbers": the paper's own
        }
        for (int j = that + 1; j < v.firstToken(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (OWN_CUES.contains(w) || w.equals("it") || w.equals("this") || covered(j)) {
                return false; // "... show that it reaches": the method the abstract is about
            }
        }
        return true;
    }

    /**
     * The name follows the word that opens its clause as the method compared with ("Compared to X, our method ...",
     * "Compared with the X, ..."), not as the clause's subject ("Compared to prior work, X reaches ...").
     */
    private boolean compared(NameOccurrence o) {
        int start = clauses.start(o.first());
        String opener = words[start].toLowerCase(Locale.ROOT);
        return (COMPARISON_OPENERS.contains(opener) || BEATING_OPENERS.contains(opener)) && o.first() - start <= 3;
    }

    /**
     * Between the value and the nearest method name, "our"/"we" or comma before it (at most eight tokens) a word says
     * the value is another method's ("better than the best published F1 of 81.8", "the previous best of 78.2%").
     * A comma or a semicolon ends the search, and a remark in brackets that closed before the value is skipped.
     */
    private boolean othersValueCue(StatedValue v) {
        if (v.valueStart() > 0 && words[v.valueStart() - 1].equalsIgnoreCase("to")) {
            return false; // "improves the previous best from 71.0% to 75.9%": the new value is the subject's
        }
        for (int j = v.firstToken() - 1; j >= Math.max(0, v.firstToken() - 8); j--) {
            if (words[j].equals(")")) {
                // "(+5.1% over the previous best) ... and 52.9%": a remark in brackets that closed before the value
                // is about the value it follows, not this one
                j = openingBracket(j);
                continue;
            }
            String w = words[j].toLowerCase(Locale.ROOT);
            if (OWN_CUES.contains(w) || covered(j) || w.equals(",") || w.equals(";")) {
                return false; // "outperformed previous models, with an F1 of 80.8%": the comma ends that phrase
            }
            if (OTHERS_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The "(" that the ")" at {@code close} closes, or 0 when the sentence opens none before it. */
    private int openingBracket(int close) {
        int depth = 0;
        for (int j = close; j >= 0; j--) {
            depth += words[j].equals(")") ? 1 : words[j].equals("(") ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return 0;
    }

    /** A lower-case compound that makes a named method a variant ("dual-encoder", "multi-scale"). */
    private static boolean variantModifier(String word) {
        return word.indexOf('-') > 0 && word.equals(word.toLowerCase(Locale.ROOT))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private boolean startsName(int token) {
        return methods.stream().anyMatch(o -> o.first() == token);
    }

    /**
     * Before {@code token} the sentence says that the paper's method lifts other models ("our method boosts the
     * performance of ... models; for example, X attains 73.1%"): X's score is with that method applied.
     */
    private boolean boostedBefore(int token) {
        boolean own = false;
        for (int j = 0; j < token; j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            own |= OWN_CUES.contains(w);
            if (own && BOOST_VERBS.contains(w)) {
                for (int k = j + 1; k < Math.min(token, j + 7); k++) {
                    if (BOOSTED.contains(words[k].toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A method named after "with", "using", "+", ...: a part or a setting of the subject, not the subject. */
    private boolean component(NameOccurrence o) {
        if (ownPossessive(o)) {
            return true;
        }
        int j = o.first() - 1;
        while (j >= 0 && (words[j].equals("(") || words[j].equalsIgnoreCase("the") || words[j].equalsIgnoreCase("a"))) {
            j--;
        }
        boolean compared = j > 0 && words[j - 1].toLowerCase(Locale.ROOT).startsWith("compar"); // "compared with X"
        return j >= 0 && COMPONENT_CUES.contains(words[j].toLowerCase(Locale.ROOT)) && !compared;
    }

    /**
     * "Our models produce samples comparable to X on A, achieving ...": a name after an adjective of likeness and its
     * preposition ("comparable to", "similar to", "competitive with", "on par with", "superior to") is what the subject
     * is measured against, not a subject of its own.
     */
    private boolean likenedTo(NameOccurrence o) {
        int j = o.first() - 1;
        while (j >= 0 && (words[j].equalsIgnoreCase("the") || words[j].equalsIgnoreCase("a"))) {
            j--;
        }
        return j >= 1 && LIKENESS.contains(words[j - 1].toLowerCase(Locale.ROOT) + " " + words[j].toLowerCase(Locale.ROOT));
    }

    /**
     * "OwlNet's vision Transformer achieves ...": a name after a proposed method's possessive, with at most two
     * lower-case words between (maybe of a longer name: "vision Transformer"), is a part of the paper's method, not
     * a baseline that could be the subject.
     */
    private boolean ownPossessive(NameOccurrence o) {
        for (int j = o.first() - 1; j >= Math.max(1, o.first() - 3); j--) {
            if (words[j].equals("'s")) {
                NameOccurrence owner = namedBefore(j);
                return owner != null && isProposed(owner);
            }
            if (!words[j].equals(words[j].toLowerCase(Locale.ROOT))) {
                return false; // "OwlNet's OwlBase Transformer": another name between
            }
        }
        return false;
    }

    /** The method whose name ends right before "(" when the value stands alone in those brackets, or null. */
    private NameOccurrence bracketing(StatedValue v) {
        return v.aloneInBrackets(words) ? namedBefore(v.valueStart() - 1) : null;
    }

    /** The method whose name ends right before token {@code token} (names span {@code [first, last)}), or null. */
    private NameOccurrence namedBefore(int token) {
        return methods.stream().filter(o -> o.last() == token).findFirst().orElse(null);
    }

    /** A participle of {@link #OWN_SCORE_VERBS} right after a comma (maybe after "e.g.,") between the two tokens. */
    private boolean participleAfterComma(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (OWN_SCORE_VERBS.contains(words[j].toLowerCase(Locale.ROOT)) && words[j - 1].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause at {@code start} reads "while"/"whilst" and at once a lower-case participle ("while matching ...",
     * "whilst keeping ..."), and no method is named before the value at {@code to}.
     */
    private boolean whileParticiple(int start, int to) {
        String opener = words[start].toLowerCase(Locale.ROOT);
        if (!(opener.equals("while") || opener.equals("whilst")) || start + 1 >= to
                || !words[start + 1].matches("[a-z]{3,}ing")) {
            return false;
        }
        return methods.stream().noneMatch(o -> o.first() > start && o.first() < to);
    }

    /**
     * "X achieves better results compared with earlier systems: the mAP rises from 1.2% to 6.5% on A": a colon after
     * the comparison ends it, and the scores after the colon are the main clause's, when they name no method and no
     * other method's value ("previous best").
     */
    private boolean colonAfterComparison(int opener, StatedValue v) {
        if (v.baselineCue()) {
            return false;
        }
        for (int j = opener + 1; j < v.firstToken(); j++) {
            if (words[j].equals(":")) {
                int colon = j;
                return methods.stream().noneMatch(o -> o.first() > colon && o.first() < v.firstToken());
            }
        }
        return false;
    }

    /**
     * In a clause that beats others, the value is stated as the subject's own: after "with" right after the dataset
     * or the margin, and no other name or number ("X outperforms earlier methods on A by a large margin with a mean
     * IoU of 83.4%"), or alone in brackets right after a
     * dataset's name ("X surpasses all earlier methods on A (67.6% AP)"): the beaten methods are not given a score
     * there. Brackets after a method's name stay that method's ("outperforming Y (74.0%)").
     */
    private boolean ownAfterBeaten(int from, StatedValue v) {
        int opened = v.valueStart() - 1;
        if (opened >= 1 && words[opened].equals("(") && afterDataset(opened) && bracketsHoldOnlyValue(v)) {
            return true;
        }
        for (int j = v.firstToken() - 1; j >= from; j--) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (covered(j) || OWN_CUES.contains(w) || NUMBER.matcher(w).matches() || w.equals(",")
                    || kinds[j] != 'm' && kinds[j] != 'd' && ResultLinkFilter.looksLikeName(words[j])) {
                return false;
            }
            if (w.equals("with")) {
                // only after the dataset or the margin: "outperforming Y with an F1 of 70.2" is Y's score
                return j > from && (kinds[j - 1] == 'd' || BEFORE_OWN_WITH.contains(words[j - 1].toLowerCase(Locale.ROOT)));
            }
            if (w.equals("at")) {
                // "outperforms all previous works at 87.1% mAP": the beaten methods are not named, so the score
                // after "at" is the subject's; "outperforms Y at 87.1%" stays unclear
                return j > from + 1 && BEATEN_KINDS.contains(words[j - 1].toLowerCase(Locale.ROOT))
                        && unnamedBetween(from + 1, j);
            }
        }
        return false;
    }

    /** Only lower-case words between the two tokens, none of them a method's name ("all previous works"). */
    private boolean unnamedBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (covered(j) || !words[j].matches("[a-z-]+")) {
                return false;
            }
        }
        return true;
    }

    /** The token before {@code at} ends a dataset's name, or is a split word after one ("on A test ("). */
    private boolean afterDataset(int at) {
        return kinds[at - 1] == 'd' || at >= 2 && kinds[at - 2] == 'd'
                && SPLIT_WORDS_AFTER_DATASET.contains(words[at - 1].toLowerCase(Locale.ROOT));
    }

    /** The brackets opened before {@code v} close right after its metric: "(67.6% AP)", nothing else in them. */
    private boolean bracketsHoldOnlyValue(StatedValue v) {
        int j = v.lastToken();
        while (j < words.length && j < v.lastToken() + 3 && !words[j].equals(")")) {
            if (!(kinds[j] == 'm' || words[j].equals("%"))) {
                return false;
            }
            j++;
        }
        return j < words.length && words[j].equals(")");
    }

    private boolean scoreVerbBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (OWN_SCORE_VERBS.contains(words[j].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean covered(int token) {
        return methods.stream().anyMatch(o -> o.first() <= token && token < o.last());
    }

    /** The subject's value when the clause reads "X achieves 71.2" (X named, one of the methods the paper uses). */
    private Attached baseline(NameOccurrence subject, StatedValue v) {
        if (isProposed(subject) || !subject.usable() || v.improvement()
                || v.firstToken() - subject.last() > SUBJECT_WINDOW || boostedBefore(subject.first())) {
            return null;
        }
        boolean resultWord = false;
        for (int j = subject.last(); j < v.firstToken(); j++) {
            String w = words[j].toLowerCase(Locale.ROOT);
            if (NUMBER.matcher(w).matches()) {
                return null; // "X (52.4%), Y (70.9%)": a value between is the subject's, this one another's
            }
            resultWord |= RESULT_WORDS.contains(w);
            if (OWN_CUES.contains(w)) {
                return null;
            }
        }
        for (NameOccurrence o : methods) {
            if (o != subject && o.first() >= subject.last() && o.last() <= v.firstToken()) {
                return null; // a second method between: whose value it is is not clear
            }
        }
        return resultWord ? new Attached(subject.link(), "baseline", 0.9, true) : null;
    }

    private static boolean isProposed(NameOccurrence o) {
        return o.link().relation() == Relation.PROPOSES_METHOD && o.usable();
    }
}
