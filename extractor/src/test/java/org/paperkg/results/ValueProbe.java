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
 * The paper's names (of its dataset and method links) are marked as the extractor marks them, so a value the
 * extractor reads ("perplexities on A and B to x and y") is not counted as unread.
 */
public final class ValueProbe {

    /** One value read. */
    public record Read(Metric metric, java.math.BigDecimal value, boolean improvement, String sentence) {
    }

    private final SentenceValues values;
    private final CarriedMetric carried;
    private final MetricLexicon lexicon;
    private final StanfordCoreNLP pipeline;

    public ValueProbe(MetricLexicon lexicon) {
        this.values = new SentenceValues(lexicon);
        this.carried = new CarriedMetric(lexicon);
        this.lexicon = lexicon;
        Properties props = RuleMentionExtractor.pipelineProperties();
        props.setProperty("annotators", "tokenize,ssplit");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /**
     * The values read, as "metric value" with " gain" after an improvement, joined by "; " (the form the unit tests
     * compare with).
     */
    public String summary(String text, java.util.Collection<String> names) {
        return read(text, names).stream()
                .map(r -> r.metric().key() + " " + r.value().toPlainString() + (r.improvement() ? " gain" : ""))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public List<Read> read(String text) {
        return read(text, List.of());
    }

    /** The values read with {@code names} (written with a capital or digit, not a metric's) marked as names. */
    public List<Read> read(String text, java.util.Collection<String> names) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Read> out = new ArrayList<>();
        CarriedMetric.Before before = CarriedMetric.Before.NONE;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            String[] words = tokens.stream().map(CoreLabel::word).toArray(String[]::new);
            String sentence = s.get(CoreAnnotations.TextAnnotation.class);
            boolean[] blocked = new boolean[words.length];
            for (String name : names) {
                if (name.length() < 2 || lexicon.byName(name).isPresent()) {
                    continue;
                }
                for (int at : ResultExtractor.positions(text, name)) {
                    boolean named = text.substring(at, at + name.length()).chars()
                            .anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                    for (int i = 0; named && i < tokens.size(); i++) {
                        blocked[i] |= tokens.get(i).beginPosition() >= at
                                && tokens.get(i).endPosition() <= at + name.length();
                    }
                }
            }
            List<StatedValue> stated = new ArrayList<>(values.find(words, blocked));
            // a value without any metric word has a metric only once its dataset's evidence gives one
            stated.addAll(carried.find(words, blocked, stated, before).stream()
                    .filter(v -> !v.rule().equals(CarriedMetric.UNSTATED)).toList());
            for (StatedValue v : stated) {
                out.add(new Read(v.metric(), v.value(), v.improvement(), sentence));
            }
            before = before.after(carried.named(words, blocked, words.length), stated);
        }
        return out;
    }
}
