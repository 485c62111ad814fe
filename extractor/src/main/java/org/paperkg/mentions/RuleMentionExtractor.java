package org.paperkg.mentions;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.paperkg.mentions.rules.PaperRules;
import org.paperkg.papers.PaperRecord;

/**
 * Rule-based mention extractor over CoreNLP tokens, POS tags and lemmas: noun-phrase candidates typed by their head
 * noun and context, acronym definitions, cue patterns for the paper's own contribution, coordination and filters.
 * This class runs CoreNLP; the rules themselves are in {@link org.paperkg.mentions.rules}.
 */
public final class RuleMentionExtractor implements MentionExtractor {

    /** Tokenizer options that keep names such as "CIFAR-10", "GPT-4o" and "DPM-Solver-v3" in one token. */
    static final String TOKENIZE_OPTIONS = "invertible=true,ptb3Escaping=false,"
            + "normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneKeep,"
            + "splitForwardSlash=false,splitHyphenated=false";

    private final PaperRules rules;
    private final StanfordCoreNLP pipeline;

    /** An extractor with no vocabulary. */
    public RuleMentionExtractor() {
        this(Vocabulary.empty());
    }

    /** An extractor that also recognises the vocabulary's known names. */
    public RuleMentionExtractor(Vocabulary vocabulary) {
        this.rules = new PaperRules(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.pipeline = new StanfordCoreNLP(pipelineProperties());
    }

    /** The CoreNLP properties paperkg runs with: only the fast annotators. */
    public static Properties pipelineProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", "200");
        return props;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        String text = paper.fullText();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return rules.apply(doc, text, titleEnd(paper));
    }

    /** Where the title ends in {@code paper.fullText()}; -1 when there is no title. */
    public static int titleEnd(PaperRecord paper) {
        if (paper.title().isBlank()) {
            return -1;
        }
        return paper.abstractText().isEmpty() ? paper.fullText().length() : paper.title().length();
    }
}
