package org.paperkg.mentions.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.mentions.conll.ConllSpan;
import org.paperkg.mentions.conll.TagScheme;
import org.paperkg.papers.PaperRecord;

/**
 * Finds methods, tasks and datasets with a trained CRF ({@link CrfTrainer}): tokenizes the paper's
 * {@link PaperRecord#fullText()} with CoreNLP (tokenize and ssplit only, hyphenated names kept whole), tags each
 * sentence and returns the tagged spans as mentions with rule {@code crf}, role used (roles are the rule
 * extractor's job) and the mean marginal probability of the span's labels as confidence. Thread-safe.
 */
public final class CrfMentionExtractor implements MentionExtractor {

    /** The rule name written into provenance. */
    public static final String RULE = "crf";

    private final CrfTagger tagger;
    private final StanfordCoreNLP pipeline;
    private final boolean marginals;

    /** Loads the model; confidences from the CRF marginals. */
    public CrfMentionExtractor(Path model) throws IOException {
        this(CrfTagger.load(model), true);
    }

    /** Uses a loaded tagger; {@code marginals=false} skips the forward-backward pass and gives confidence 0.5. */
    public CrfMentionExtractor(CrfTagger tagger, boolean marginals) {
        this.tagger = tagger;
        this.marginals = marginals;
        this.pipeline = new StanfordCoreNLP(pipelineProperties());
    }

    /** The CoreNLP settings used to tokenize: tokenize and ssplit, hyphenated names whole, brackets as written. */
    public static Properties pipelineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options",
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** The tagger. */
    public CrfTagger tagger() {
        return tagger;
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        String text = paper.fullText();
        List<Mention> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                words.add(t.word());
            }
            CrfTagger.Tagged tagged = tagger.tagWithConfidence(words, marginals);
            String evidence = null;
            for (ConllSpan span : TagScheme.decode(0, tagged.labels())) {
                EntityType type = CrfTagger.typeOf(span.label());
                if (type == null) {
                    continue;
                }
                int start = tokens.get(span.start()).beginPosition();
                int end = tokens.get(span.end() - 1).endPosition();
                double confidence = 0.5;
                if (marginals) {
                    double sum = 0;
                    for (int i = span.start(); i < span.end(); i++) {
                        sum += tagged.confidence()[i];
                    }
                    confidence = sum / span.length();
                }
                if (evidence == null) {
                    evidence = text.substring(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                }
                out.add(new Mention(text.substring(start, end), type, MentionRole.USED, start, end, evidence, RULE,
                        Math.max(0.0, Math.min(1.0, confidence)), null));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return RULE;
    }
}
