package org.paperkg.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
                if (m.type() == EntityType.METHOD && m.charStart() == f.charStart() && m.charEnd() == f.charEnd()) {
                    out.remove(m);
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
