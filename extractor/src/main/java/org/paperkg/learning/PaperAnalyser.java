package org.paperkg.learning;

import java.util.List;
import java.util.Objects;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.paperkg.mentions.Mention;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.mentions.rules.PaperRules;

/**
 * Runs CoreNLP (the same fast annotators as the rules) and the rules once over a text and returns both the rules'
 * own output and the candidates with features, so training, evaluation and extraction see the same candidates.
 * Thread-safe.
 */
public final class PaperAnalyser {

    /** The rule extractor's mentions and the candidates of one text. */
    public record Analysis(List<Mention> ruleMentions, List<Candidate> candidates) {
    }

    private final StanfordCoreNLP pipeline;
    private final PaperRules rules;
    private final CandidateFinder finder;

    /** An analyser with the given known names, corpus statistics and name prior. */
    public PaperAnalyser(Vocabulary vocabulary, WordStatistics words, NamePrior prior) {
        this.pipeline = new StanfordCoreNLP(RuleMentionExtractor.pipelineProperties());
        this.rules = new PaperRules(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.finder = new CandidateFinder(words, prior);
    }

    /**
     * Analyses one text.
     *
     * @param text     title, blank line, abstract (or any text)
     * @param titleEnd where the title ends, -1 when there is none
     */
    public Analysis analyse(String text, int titleEnd) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Mention> kept = rules.apply(doc, text, titleEnd);
        List<Mention> proposals = rules.candidates(doc, text, titleEnd);
        return new Analysis(kept, finder.find(doc, text, titleEnd, proposals, kept));
    }
}
