package org.paperkg.mentions.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

import static org.paperkg.mentions.rules.Chunks.*;

/** Marks the paper's own contribution: objects of "we propose", "called X", "our X", the title's "X: ...". */
final class ContributionMarker extends DraftRule {
    ContributionMarker(PaperDraft draft) {
        super(draft);
    }

    /** Mentions in the object of "we propose X", named by "called X", or the title's "X: ..." get CONTRIBUTED. */
    void markContributions() {
        List<int[]> contributed = new ArrayList<>(); // char ranges [from, to, 1 if after a verb cue or in the title]
        for (Tok[] s : sentences) {
            boolean title = s[0].inTitle();
            if (title) {
                titleMeans(s, contributed);
                titleName(s, contributed);
                continue;
            }
            for (int i = 0; i < s.length; i++) {
                String l = s[i].lowerLemma();
                boolean cue = Lexicon.PROPOSE_VERBS.contains(l) && s[i].tag().startsWith("VB")
                        && subjectIsUs(s, i);
                boolean named = (l.equals("call") || l.equals("name") || l.equals("dub") || l.equals("term"))
                        && (s[i].tag().equals("VBN") || s[i].tag().equals("VBD"));
                if ((s[i].lower().equals("proposed") || s[i].lower().equals("our")) && i + 1 < s.length) {
                    // "the proposed X", "our X": X is the contribution
                    int e = i + 1;
                    while (e < s.length && e - i <= 6 && chunkable(s[e])) {
                        e++;
                    }
                    if (e > i + 1) {
                        contributed.add(new int[]{s[i + 1].begin(), s[e - 1].end(), 0});
                    }
                }
                if (passiveContribution(s, i)) {
                    // "In this work, a gadget ranker (GR) is proposed": the subject is the contribution
                    int from = afterLastContrast(s, i);
                    int to = from;
                    while (to < i && !SUBJECT_END.contains(s[to].lower())) {
                        to++; // "X, a system based on Y, was developed": Y is used, not developed
                    }
                    if (from < to) {
                        contributed.add(new int[]{s[from].begin(), s[to].begin(), 1});
                    }
                }
                boolean our = s[i].lower().equals("our") && i + 1 < s.length
                        && Lexicon.GENERIC_METHOD_HEADS.contains(s[i + 1].lowerLemma());
                boolean core = s[i].lower().equals("core") || s[i].lower().equals("introducing");
                if (named && i + 1 < s.length) {
                    retypeNamed(s, i + 1);
                }
                if (cue || named || our || core) {
                    int limit = named ? 4 : 30;
                    int end = s.length;
                    for (int k = i + 1; k < s.length; k++) {
                        String w = s[k].lower();
                        if (w.equals(";") || k - i > limit || CONTRAST.contains(w) || buildsOn(s, k)) {
                            end = k;
                            break;
                        }
                    }
                    if (end > i + 1) {
                        contributed.add(new int[]{s[i].end(), s[end - 1].end(), cue || named ? 1 : 0});
                    }
                }
            }
        }
        new NovelPhrase(draft).mark(contributed);
        retypeContributedTaskNames(contributed);
        // a mention of a contributed span, and every mention of the same name, becomes CONTRIBUTED
        Set<String> names = new HashSet<>();
        for (Mention m : out) {
            if (m.type() == EntityType.TASK) {
                continue;
            }
            for (int[] r : contributed) {
                // a dataset is introduced only after a verb ("we release X"), not in "our X ... on Y"
                boolean cueOk = m.type() != EntityType.DATASET
                        || r[2] == 1 && m.charStart() >= r[0] && !USE_WORDS.matcher(text.substring(r[0], m.charStart())).find();
                if (cueOk && m.charStart() >= r[0] && m.charEnd() <= r[1] && firstTypedIn(m, r)) {
                    names.add(m.text().toLowerCase(Locale.ROOT));
                    if (m.acronym() != null) {
                        names.add(m.acronym().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        componentNames(names);
        boolean anyMethod = false;
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.type() != EntityType.TASK && names.contains(m.text().toLowerCase(Locale.ROOT))) {
                out.set(k, withRole(m, MentionRole.CONTRIBUTED, Math.max(m.confidence(), 0.8)));
                anyMethod |= m.type() == EntityType.METHOD;
            }
        }
        if (!anyMethod) {
            // no cue: the title's methods are the contribution
            for (int k = 0; k < out.size(); k++) {
                Mention m = out.get(k);
                if (m.type() == EntityType.METHOD && m.charEnd() <= titleEnd) {
                    out.set(k, withRole(m, MentionRole.CONTRIBUTED, m.confidence()));
                }
            }
        }
    }

    /**
     * "we propose Direct Widget Optimization (DWO)": a capitalised name or defined acronym right after a
     * contribution verb is a method even when its head is a task noun; its other mentions follow.
     */
    private void retypeContributedTaskNames(List<int[]> contributed) {
        Set<String> retype = new HashSet<>();
        for (Mention m : out) {
            if (m.type() != EntityType.TASK || m.charEnd() <= titleEnd || !coinedTaskName(m)) {
                continue;
            }
            for (int[] r : contributed) {
                if (r[2] == 1 && m.charStart() >= r[0] && m.charEnd() <= r[1]
                        && IMMEDIATE_OBJECT.matcher(text.substring(r[0], m.charStart())).matches()) {
                    retype.add(m.text().toLowerCase(Locale.ROOT));
                    if (m.acronym() != null) {
                        retype.add(m.acronym().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (int k = 0; k < out.size() && !retype.isEmpty(); k++) {
            Mention m = out.get(k);
            if (m.type() == EntityType.TASK && retype.contains(m.text().toLowerCase(Locale.ROOT))) {
                out.set(k, new Mention(m.text(), EntityType.METHOD, m.role(), m.charStart(), m.charEnd(),
                        m.evidence(), m.rule(), m.confidence(), m.acronym()));
            }
        }
    }

    /** Between the cue verb and the name: at most an article or "a new/novel" ("we propose a novel X"). */
    private static final Pattern IMMEDIATE_OBJECT = Pattern.compile(
            "\\s*((a|an|the)\\s+)?((new|novel|simple|general|unified|principled)\\s+)?(,\\s*)?",
            Pattern.CASE_INSENSITIVE);

    /** Two or more words, each capitalised, or a defined acronym: a coined name, not a task description. */
    private static boolean coinedTaskName(Mention m) {
        if (m.acronym() != null) {
            return true;
        }
        String[] words = m.text().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "X is proposed/introduced/presented" (not "has been proposed", which cites earlier work, nor plurals). */
    private static boolean passiveContribution(Tok[] s, int i) {
        if (!s[i].tag().equals("VBN") || !Lexicon.PROPOSE_VERBS.contains(s[i].lowerLemma()) || i < 2) {
            return false;
        }
        String aux = s[i - 1].lower();
        if (s[i - 1].tag().equals("RB") && i >= 3) {
            aux = s[i - 2].lower(); // "is further proposed"
        }
        // plural "Xs are proposed to ..." states what a field does; "X was proposed" often cites earlier work,
        // "X was developed/designed" is the authors' own report (clinical and applied abstracts)
        if (!aux.equals("is") && !(aux.equals("was") && BUILT_VERBS.contains(s[i].lowerLemma()))) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            String w = s[k].lower();
            if (w.equals("previously") || w.equals("recently") || w.equals("existing") || w.equals("prior")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "GWJ combines three components: (i) SprocCal-X, ...; (ii) GadStab-Q, ...": when the subject is the
     * contribution (or "our method"), the methods that open the enumerated items are parts of it and contributed too.
     */
    private void componentNames(Set<String> names) {
        for (Tok[] s : sentences) {
            if (s[0].inTitle()) {
                continue;
            }
            for (int v = 1; v < s.length - 2; v++) {
                if (!COMPONENT_VERBS.contains(s[v].lowerLemma()) || !s[v].tag().startsWith("VB")) {
                    continue;
                }
                int part = -1;
                for (int k = v + 1; k < s.length && k <= v + 5; k++) {
                    if (COMPONENT_NOUNS.contains(s[k].lowerLemma())) {
                        part = k;
                        break;
                    }
                }
                if (part < 0 || !contributionSubject(s, v, names)) {
                    continue;
                }
                Set<String> items = new HashSet<>();
                for (Mention m : out) {
                    if (m.type() == EntityType.METHOD && m.charStart() > s[part].end()
                            && m.charEnd() <= s[s.length - 1].end()
                            && ITEM_START.matcher(text.substring(s[part].end(), m.charStart())).find()) {
                        items.add(m.text().toLowerCase(Locale.ROOT));
                        if (m.acronym() != null) {
                            items.add(m.acronym().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                if (items.size() >= 2) { // an enumeration, not one named part
                    names.addAll(items);
                }
                break;
            }
        }
    }

    /** Before the verb: "our"/"proposed", or a name already marked as the contribution. */
    private boolean contributionSubject(Tok[] s, int verb, Set<String> names) {
        for (int k = 0; k < verb; k++) {
            String w = s[k].lower();
            if (w.equals("our") || w.equals("proposed") || names.contains(w)) {
                return true;
            }
        }
        String subject = " " + text.substring(s[0].begin(), s[verb].begin()).toLowerCase(Locale.ROOT) + " ";
        for (String n : names) {
            if (n.indexOf(' ') > 0 && subject.contains(" " + n + " ")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMPONENT_VERBS = Set.of("combine", "consist", "comprise", "compose",
            "contain", "include", "integrate", "have", "feature", "involve");

    private static final Set<String> COMPONENT_NOUNS = Set.of("component", "module", "part", "stage", "step",
            "ingredient", "block", "element", "piece", "phase", "building", "innovation");

    /** The item opens right after an enumerator "(i)", "2)", "(b)" or after ":" / ";" (an article at most between). */
    private static final Pattern ITEM_START = Pattern.compile(
            "(\\(\\s*([ivx]{1,4}|\\d|[a-h])\\s*\\)|(^|[\\s,;:])([ivx]{1,4}|\\d|[a-h])\\)|[:;])\\s*((a|an|the)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BUILT_VERBS = Set.of("develop", "design", "construct", "build", "create",
            "devise");

    /** Words that end the contributed subject of a passive cue: what follows is used by it. */
    private static final Set<String> SUBJECT_END = Set.of("based", "built", "using", "via", "from", "with", "on",
            "upon", "leveraging", "trained", "fine-tuned", "finetuned");

    /** "a method called X": X names a method even when its head word says task. */
    private void retypeNamed(Tok[] s, int from) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.charStart() == s[from].begin() && m.type() == EntityType.TASK) {
                out.set(k, new Mention(m.text(), EntityType.METHOD, m.role(), m.charStart(), m.charEnd(),
                        m.evidence(), "cue:called", Math.max(m.confidence(), 0.7), m.acronym()));
            }
        }
    }

    /** "based on X", "built upon X", "on top of X", "initialized from X": X is what the contribution uses. */
    static boolean buildsOn(Tok[] s, int k) {
        String w = s[k].lower();
        String next = k + 1 < s.length ? s[k + 1].lower() : "";
        return (w.equals("based") || w.equals("built") || w.equals("building") || w.equals("initialized")
                || w.equals("initialised") || w.equals("grounded")) && (next.equals("on") || next.equals("upon")
                || next.equals("from")) || w.equals("atop") || w.equals("top") && next.equals("of") && k > 0
                && s[k - 1].lower().equals("on");
    }

    static final Set<String> CONTRAST = Set.of("than", "over", "outperform",
            "outperforms", "outperforming", "compared", "existing", "baseline", "baselines", "unlike", "prior",
            "previous", "builds", "extends", "motivated", "inspired", "whereas", "while", "against", "beyond",
            "state-of-the-art", "conventional", "traditional", "standard", "current");

    /** Only the first few typed mentions after a cue are the contribution. */
    private boolean firstTypedIn(Mention m, int[] r) {
        int before = 0;
        for (Mention o : out) {
            if (o.type() != EntityType.TASK && o.charStart() >= r[0] && o.charEnd() <= m.charStart()
                    && !o.rule().equals("acronym-use")) {
                before++;
            }
        }
        return before <= 2;
    }

    static Mention withRole(Mention m, MentionRole role, double conf) {
        String rule = role == MentionRole.CONTRIBUTED && !m.rule().startsWith("cue") ? "cue:contribution+" + m.rule()
                : m.rule();
        return new Mention(m.text(), m.type(), role, m.charStart(), m.charEnd(), m.evidence(), rule, conf,
                m.acronym());
    }

    static boolean subjectIsUs(Tok[] s, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 5); k--) {
            String w = s[k].lower();
            if (w.equals("we") || w.equals("i") || w.equals("paper") || w.equals("work") || w.equals("study")
                    || w.equals("article") || w.equals("here")) {
                return true;
            }
        }
        // "We formalize the problem of ..., and introduce X": a second verb of the same "we"
        int and = verb - 1;
        if (and > 0 && s[and].tag().startsWith("RB")) {
            and--;
        }
        if (and > 1 && s[and].lower().equals("and") && s[0].lower().equals("we")) {
            return true;
        }
        return false;
    }

    /**
     * "Widget Ranking via Folded Gizmo Networks": what a title without a "NAME:" says the work is done with is the
     * contribution ("using X" is not: it names tools more often than the paper's own method).
     */
    private void titleMeans(Tok[] s, List<int[]> contributed) {
        for (Tok t : s) {
            if (t.word().equals(":")) {
                return; // the title's name or subtitle says it
            }
        }
        for (int i = 1; i + 1 < s.length; i++) {
            String w = s[i].lower();
            if (!(w.equals("via") || w.equals("through"))) {
                continue;
            }
            int from = i + 1;
            int end = from;
            while (end < s.length && !s[end].word().equals(":")
                    && !(end > from && s[end].tag().equals("IN") && !s[end].lower().equals("of"))) {
                end++;
            }
            if (end > from) {
                contributed.add(new int[]{s[from].begin(), s[end - 1].end(), 0});
            }
            return;
        }
    }

    /** Words naming the kind of document, not the thing: "Zorp Technical Report", "Zorp Survey". */
    private static final Set<String> DOCUMENT_WORDS = Set.of("report", "technical", "survey", "tutorial",
            "whitepaper", "primer", "overview");

    /** "NAME: a ..." in the title: the name is the paper's contribution. */
    private void titleName(Tok[] s, List<int[]> contributed) {
        for (int i = 1; i < s.length; i++) {
            if (s[i].word().equals(":") && i >= 5) {
                // "Solving X via Y: A Foo Bar Approach": the subtitle names the contribution
                contributed.add(new int[]{s[i].end(), s[s.length - 1].end(), 1});
                return;
            }
            if (s[i].word().equals(":")) {
                boolean dataset = false;
                for (int k = i + 1; k < s.length; k++) {
                    String l = s[k].lowerLemma();
                    String w = s[k].lower();
                    if (Lexicon.DATASET_HEADS.contains(l) || Lexicon.DATASET_HEADS.contains(w)
                            || w.endsWith("s") && Lexicon.DATASET_HEADS.contains(w.substring(0, w.length() - 1))) {
                        dataset = true;
                    }
                }
                String titleName = span(s, 0, i);
                for (Mention m : out) {
                    // "we release Zorp, a widget benchmark": the abstract says what the title's name is
                    dataset |= m.type() == EntityType.DATASET && m.charStart() > titleEnd
                            && m.text().equalsIgnoreCase(titleName);
                }
                EntityType type = dataset ? EntityType.DATASET : EntityType.METHOD;
                contributed.add(new int[]{s[i].end(), s[s.length - 1].end(), 1});
                boolean name = false;
                for (int k = 0; k < i; k++) {
                    name |= s[k].nameLike() || Character.isUpperCase(s[k].word().charAt(0));
                }
                // a title that opens in lower case ("fooformer: ...", "k-widgets: ...") styles a name
                name |= Character.isLowerCase(s[0].word().charAt(0)) && s[0].word().length() > 1;
                int nameEnd = i;
                while (nameEnd > 1 && DOCUMENT_WORDS.contains(s[nameEnd - 1].lower())) {
                    nameEnd--; // "Zorp Technical Report: ...": the report is about Zorp
                }
                if (name && i <= 3) {
                    add(s, 0, nameEnd, type, MentionRole.CONTRIBUTED, "cue:title-name", 0.85, null);
                    int from = afterLastContrast(s, i);
                    if (from < i) {
                        contributed.add(new int[]{s[from].begin(), s[i].begin(), 1});
                    }
                    // same name in the abstract, typed as the title says
                    String n = span(s, 0, nameEnd);
                    for (int k = 0; k < out.size(); k++) {
                        Mention m = out.get(k);
                        if (m.text().equalsIgnoreCase(n) && m.type() != type) {
                            out.set(k, new Mention(m.text(), type, MentionRole.CONTRIBUTED, m.charStart(),
                                    m.charEnd(), m.evidence(), m.rule(), m.confidence(), m.acronym()));
                        }
                    }
                }
                return;
            }
        }
    }

    /** Between a cue verb and a dataset, words saying the dataset is used, not introduced ("present ... on X"). */
    private static final Pattern USE_WORDS = Pattern.compile(
            "\\b(on|using|from|with|across|in|over|targeting|of|evaluat\\w*|test\\w*|train\\w*|experiment\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Index after the last contrast word before {@code end}: "inspired by X in Y, a Z module is introduced" gives Z. */
    private static int afterLastContrast(Tok[] s, int end) {
        int from = 0;
        for (int k = 0; k < end; k++) {
            if (CONTRAST.contains(s[k].lower())) {
                from = k + 1;
            }
        }
        return from;
    }
}
