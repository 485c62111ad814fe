package org.paperkg.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.papers.PaperRecord;

/**
 * The default extractor: the rules and chunks propose candidates, the learned model types them (or rejects them)
 * and decides which methods the paper proposes. A mention keeps the rule that proposed it (so evidence and the
 * corpus pass read as before); a candidate only a chunk proposed gets the rule {@code learned}. Thread-safe.
 */
public final class LearnedMentionExtractor implements MentionExtractor {

    private final PaperAnalyser analyser;
    private final LearnedModel model;

    /** An extractor with the given model and known names. */
    public LearnedMentionExtractor(LearnedModel model, Vocabulary vocabulary) {
        this.model = Objects.requireNonNull(model, "model");
        this.analyser = new PaperAnalyser(vocabulary, model.words(), model.prior());
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        // Applied at build time only (training and its dev scores see every candidate): a corpus-evidence guard.
        List<Candidate> candidates = analyser.analyse(paper.fullText(), RuleMentionExtractor.titleEnd(paper)).candidates()
                .stream().filter(c -> !bareCommonWord(c.text(), model.words())).toList();
        return mentions(candidates, model);
    }

    /**
     * The mentions the model accepts among the candidates, in text order. Overlapping accepted candidates ("BERT"
     * inside "BERT encoder") keep only the most probable one: a span names one thing; of task names that are
     * variants of each other, the most probable ({@link TaskVariants}).
     */
    static List<Mention> mentions(List<Candidate> candidates, LearnedModel model) {
        return mentions(candidates, model.probabilities(candidates), model);
    }

    /** The same, given the candidates' {@link LearnedModel#probabilities} (they do not depend on thresholds). */
    static List<Mention> mentions(List<Candidate> candidates, double[][] probabilities, LearnedModel model) {
        List<Mention> accepted = new ArrayList<>();
        List<LearnedModel.Decision> decisions = model.decide(candidates, probabilities);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            LearnedModel.Decision d = decisions.get(i);
            if (d.type() == null) {
                continue;
            }
            Mention r = c.rule();
            boolean contributed = d.type() == EntityType.METHOD ? d.proposed()
                    : r != null && r.type() == d.type() && r.role() == MentionRole.CONTRIBUTED;
            accepted.add(new Mention(c.text(), d.type(), contributed ? MentionRole.CONTRIBUTED : MentionRole.USED,
                    c.start(), c.end(), c.evidence(), r == null ? "learned" : r.rule(), d.probability(),
                    r == null ? null : r.acronym()));
        }
        accepted.sort(Comparator.comparingDouble(Mention::confidence).reversed()
                .thenComparingInt(Mention::charStart));
        List<Mention> out = new ArrayList<>();
        for (Mention m : accepted) {
            if (out.stream().noneMatch(o -> o.charStart() < m.charEnd() && m.charStart() < o.charEnd())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::charStart).thenComparingInt(Mention::charEnd));
        List<Mention> named = model.oneTaskName() ? TaskVariants.keepOne(out) : out;
        return model.perPaper().isNone() ? named : model.perPaper().apply(named, candidates, probabilities);
    }

    /** A single lower-case word that most papers of the corpus use: a common noun, not a name. */
    static boolean bareCommonWord(String text, WordStatistics words) {
        return text.indexOf(' ') < 0 && text.equals(text.toLowerCase(java.util.Locale.ROOT)) && words.common(text);
    }
}
