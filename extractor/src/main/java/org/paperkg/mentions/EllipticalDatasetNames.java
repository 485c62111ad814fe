package org.paperkg.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.papers.PaperRecord;

/**
 * Completes the names a list leaves elliptical after a dataset mention: "on Zorb 1.1 and 2.0" names "Zorb 2.0", and
 * "in ZMT 2016 Elvish-Orcish and Elvish-Dwarvish" names "ZMT 2016 Elvish-Dwarvish". Writers name a benchmark's
 * version or a campaign's language pair once and list only the changing part after it; the later item is then a
 * dataset of its own that no extractor sees, since its span is a bare number or a pair of languages.
 *
 * <p>The added mention covers the elliptical item's span and carries the completed name. Only a dataset mention's own
 * last part opens a list, the items must have that part's shape (a version with a dot, a year, a pair of capitalised
 * words), and an item some other mention covers is left alone. Thread-safe when the wrapped extractor is.
 */
public final class EllipticalDatasetNames implements MentionExtractor {

    /** The rule name written into the links' provenance. */
    public static final String RULE = "elliptical-list";

    /** A version with a dot ("1.1", "v2.0") or a year, ending the name. */
    private static final Pattern VERSION_END = Pattern.compile("(?<![\\w.])(v?\\d{1,2}\\.\\d{1,2}|(?:19|20)\\d\\d)$");
    private static final Pattern VERSION = Pattern.compile("v?\\d{1,2}\\.\\d{1,2}|(?:19|20)\\d\\d");
    /** A language pair ending the name: "Elvish-Orcish", "El-Or", "Elvish→Orcish". */
    private static final Pattern PAIR_END = Pattern.compile("(?<![\\w-])([A-Z][a-z]+\\s?[-–→]\\s?[A-Z][a-z]+)$");
    private static final Pattern PAIR = Pattern.compile("[A-Z][a-z]+\\s?[-–→]\\s?[A-Z][a-z]+");
    /** What joins list items: a comma, "and", "or", or both. */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]+)\\b");
    /** Lower-case words that may follow the last item of a list of data. */
    private static final Set<String> LIST_CLOSERS = Set.of("respectively", "and", "or",
            "dataset", "datasets", "benchmark", "benchmarks", "test", "tests", "set", "sets", "split", "splits",
            "corpus", "corpora", "version", "versions", "translation", "task", "tasks", "data", "leaderboard",
            "leaderboards", "challenge", "challenges");

    private final MentionExtractor delegate;

    public EllipticalDatasetNames(MentionExtractor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        List<Mention> found = delegate.extract(paper);
        String text = paper.fullText();
        List<Mention> added = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.DATASET || m.charEnd() > text.length()
                    || !text.substring(m.charStart(), m.charEnd()).equals(m.text())) {
                continue;
            }
            added.addAll(items(m, text, VERSION_END, VERSION, found));
            added.addAll(items(m, text, PAIR_END, PAIR, found));
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort((a, b) -> a.charStart() != b.charStart() ? Integer.compare(a.charStart(), b.charStart())
                : Integer.compare(a.charEnd(), b.charEnd()));
        return out;
    }

    /** The list items of {@code item}'s shape after the mention, each named with the mention's fixed prefix. */
    private static List<Mention> items(Mention m, String text, Pattern end, Pattern item, List<Mention> found) {
        Matcher last = end.matcher(m.text());
        if (!last.find()) {
            return List.of();
        }
        String prefix = m.text().substring(0, last.start(1));
        // the prefix must name something: a bare "2014" or "Elvish-Orcish" has nothing to repeat
        if (prefix.isBlank() || !prefix.chars().anyMatch(Character::isLetter)) {
            return List.of();
        }
        String firstShape = shape(last.group(1));
        List<Mention> out = new ArrayList<>();
        int at = m.charEnd();
        while (true) {
            Matcher join = JOINER.matcher(text).region(at, text.length());
            if (!join.lookingAt()) {
                break;
            }
            Matcher next = item.matcher(text).region(join.end(), text.length());
            if (!next.lookingAt() || !shape(next.group()).equals(firstShape) || !endsItem(text, next.end())
                    || covered(found, next.start(), next.end())) {
                break;
            }
            out.add(new Mention(prefix + next.group(), EntityType.DATASET, m.role(), next.start(), next.end(),
                    m.evidence(), RULE, Math.min(m.confidence(), 0.7), null));
            at = next.end();
        }
        return out;
    }

    /** A version's shape (its digits as '9', "v" kept) or a pair's; items of a list share it. */
    private static String shape(String s) {
        if (PAIR.matcher(s).matches()) {
            return "pair";
        }
        return s.replaceAll("\\d", "9");
    }

    /**
     * An item ends the list's name: at punctuation (not a unit's "%" nor a decimal's point), at the text's end, or
     * before a word that goes on a list of data ("respectively", "datasets", "test sets", "translation tasks"). Any
     * other word after it makes the number a quantity ("1.1 and 2.0 points").
     */
    private static boolean endsItem(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '%' || c == '-' || c == '_') {
            return false;
        }
        if (c == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
            return false;
        }
        if (!Character.isWhitespace(c)) {
            return true;
        }
        Matcher word = NEXT_WORD.matcher(text).region(end, text.length());
        return !word.lookingAt() || LIST_CLOSERS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean covered(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (m.charStart() < end && start < m.charEnd()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
