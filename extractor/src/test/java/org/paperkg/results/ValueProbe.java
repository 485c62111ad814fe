package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.paperkg.mentions.RuleMentionExtractor;

/**
 * For the developer's miss breakdown ({@code org.paperkg.eval.ResultsLinkCache}): every value {@link SentenceValues}
 * reads in a text, before any dataset or method is bound, as the sentence it sits in and its metric, value and kind.
 */
public final class ValueProbe {

    /** One value read. */
    public record Read(Metric metric, java.math.BigDecimal value, boolean improvement, String sentence) {
    }

    private final SentenceValues values;
    private final StanfordCoreNLP pipeline;

    public ValueProbe(MetricLexicon lexicon) {
        this.values = new SentenceValues(lexicon);
        Properties props = RuleMentionExtractor.pipelineProperties();
        props.setProperty("annotators", "tokenize,ssplit");
        this.pipeline = new StanfordCoreNLP(props);
    }

    public List<Read> read(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Read> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            String[] words = tokens.stream().map(CoreLabel::word).toArray(String[]::new);
            String sentence = s.get(CoreAnnotations.TextAnnotation.class);
            for (StatedValue v : values.find(words, new boolean[words.length])) {
                out.add(new Read(v.metric(), v.value(), v.improvement(), sentence));
            }
        }
        return out;
    }
}
