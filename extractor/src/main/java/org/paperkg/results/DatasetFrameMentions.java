package org.paperkg.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/**
 * Adds, after another extractor's decisions, a dataset mention for each name a result's frame gives
 * ({@link DatasetFrames}: "87.95 F1 on Widget-5"), where that extractor found nothing: never over a span it took, and
 * never a name the paper mentions as a method or task, except that a name the extractor typed as a method becomes a
 * dataset where its sentence's value frames name a dataset too ("MAE of a, b and c on A, B and C"). The mentions go
 * through entity resolution like any other, so the dataset becomes a link of the paper (rule {@value #RULE}) that
 * results can be measured on. Thread-safe when the wrapped extractor is.
 */
public final class DatasetFrameMentions implements MentionExtractor {

    /** The rule name written into the links' provenance. */
    public static final String RULE = "result-frame";
    /** Below the resolver's strong evidence (0.75): a frame links its own paper, it does not teach the corpus pass. */
    private static final double CONFIDENCE = 0.7;

    private final MentionExtractor delegate;
    private final DatasetFrames frames;

    public DatasetFrameMentions(MentionExtractor delegate, DatasetFrames frames) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.frames = Objects.requireNonNull(frames, "frames");
    }

    /** The extractor whose mentions this one completes. */
    public MentionExtractor delegate() {
        return delegate;
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        List<Mention> found = delegate.extract(paper);
        String text = paper.fullText();
        List<DatasetFrames.Frame> framed = frames.find(text);
        if (framed.isEmpty()) {
            return found;
        }
        Set<String> otherTypes = new HashSet<>();
        for (Mention m : found) {
            if (m.type() != EntityType.DATASET) {
                otherTypes.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> out = new ArrayList<>(found);
        Set<String> withDataset = new HashSet<>();
        for (DatasetFrames.Frame f : framed) {
            String name = text.substring(f.charStart(), f.charEnd());
            boolean dataset = overlapsDataset(found, f);
            if (!dataset && !otherTypes.contains(name.toLowerCase(Locale.ROOT)) && !overlaps(found, f, text)) {
                out.add(mention(name, f));
                dataset = true;
            }
            if (!dataset) {
                DatasetFrames.Frame head = beforeTask(found, f, text);
                if (head != null) {
                    out.add(mention(text.substring(head.charStart(), head.charEnd()), head));
                    dataset = true;
                }
            }
            if (!dataset && f.afterValue() && beforeSplit(text, f.charEnd())) {
                // "70.2% on the OwlSet validation set": a name with a split of its own is data, whatever the
                // extractor typed it as (a new set's name is often taken for the paper's contribution)
                for (Mention m : found) {
                    if (m.type() == EntityType.METHOD && m.charStart() == f.charStart() && m.charEnd() == f.charEnd()) {
                        out.remove(m);
                        out.add(mention(m.text(), f));
                        dataset = true;
                    }
                }
            }
            if (dataset && f.afterValue()) {
                withDataset.add(f.sentence());
            }
        }
        // "MAE of a, b and c on A, B and C": where a name of the values' frame is a dataset, a name beside it that
        // the extractor typed as a method is a dataset too; a sentence with no dataset there keeps its methods
        for (DatasetFrames.Frame f : framed) {
            if (!f.afterValue() || !withDataset.contains(f.sentence())) {
                continue;
            }
            for (Mention m : found) {
                if (m.type() == EntityType.METHOD && m.charStart() == f.charStart() && m.charEnd() == f.charEnd()
                        && out.remove(m)) {
                    out.add(mention(m.text(), f));
                }
            }
        }
        out.sort((a, b) -> a.charStart() != b.charStart() ? Integer.compare(a.charStart(), b.charStart())
                : Integer.compare(a.charEnd(), b.charEnd()));
        return out;
    }

    private static Mention mention(String name, DatasetFrames.Frame f) {
        return new Mention(name, EntityType.DATASET, MentionRole.USED, f.charStart(), f.charEnd(), f.sentence(), RULE,
                CONFIDENCE, null);
    }

    private static boolean overlapsDataset(List<Mention> mentions, DatasetFrames.Frame f) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATASET && m.charStart() < f.charEnd() && f.charStart() < m.charEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Mention> mentions, DatasetFrames.Frame f, String text) {
        for (Mention m : mentions) {
            if (m.charStart() < f.charEnd() && f.charStart() < m.charEnd() && !opensTask(m, f, text)) {
                return true;
            }
        }
        return false;
    }

    /** A split written right after a name: "validation set", "test split", "dev-set". */
    private static final Pattern SPLIT_AFTER = Pattern.compile(
            "\\s+(?:validation|test|testing|dev|development|evaluation)[- ]?(?:set|split|partition)\\b");

    private static boolean beforeSplit(String text, int end) {
        return SPLIT_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * "91.2 F1 on the Zorb03 NER task": the frame's name runs on into a task the extractor found inside it (an
     * acronym in capitals continues a name); the words before that task are the benchmark, as in
     * "the Zorb03 tagging task". Only when every mention over the frame is such a task, and the part before it is
     * the frame's own opening name word(s). Null otherwise.
     */
    private static DatasetFrames.Frame beforeTask(List<Mention> mentions, DatasetFrames.Frame f, String text) {
        int taskStart = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.charStart() < f.charEnd() && f.charStart() < m.charEnd()) {
                if (m.type() != EntityType.TASK || m.charStart() <= f.charStart()) {
                    return null;
                }
                taskStart = Math.min(taskStart, m.charStart());
            }
        }
        if (taskStart == Integer.MAX_VALUE || !f.afterValue() || otherName(mentions, text, f.charStart(), taskStart)) {
            return null;
        }
        int end = taskStart;
        while (end > f.charStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > f.charStart() && end < taskStart
                ? new DatasetFrames.Frame(f.charStart(), end, f.sentence(), true) : null;
    }

    /** Whether the text before the task, stripped, is the name of a mention of another type than dataset. */
    private static boolean otherName(List<Mention> mentions, String text, int start, int end) {
        String head = text.substring(start, end).strip();
        return mentions.stream().anyMatch(m -> m.type() != EntityType.DATASET && m.text().equalsIgnoreCase(head));
    }

    /**
     * "86.8% on the OwlPart segmentation task": the value's frame name opens a task mention that goes on in lower
     * case; the name is the data the task is measured on, as with a benchmark opening a task.
     */
    private static boolean opensTask(Mention m, DatasetFrames.Frame f, String text) {
        if (m.type() != EntityType.TASK || !f.afterValue() || m.charStart() != f.charStart()
                || m.charEnd() <= f.charEnd()) {
            return false;
        }
        String rest = text.substring(f.charEnd(), m.charEnd()).strip();
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
