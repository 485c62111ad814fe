package org.paperkg.mentions.rules;

import java.util.List;
import java.util.Objects;

import edu.stanford.nlp.pipeline.Annotation;

import org.paperkg.mentions.Mention;
import org.paperkg.mentions.Vocabulary;

/** The rule passes applied, in order, to one annotated paper (title + abstract). */
public final class PaperRules {
    private final Vocabulary vocabulary;

    /** Rules that also recognise the vocabulary's names. */
    public PaperRules(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /**
     * The mentions of one paper.
     *
     * @param doc      CoreNLP annotation of {@code text} (tokenize, ssplit, pos, lemma)
     * @param text     the paper's full text, title first
     * @param titleEnd character offset where the title ends, -1 when there is no title
     */
    public List<Mention> apply(Annotation doc, String text, int titleEnd) {
        return run(doc, text, titleEnd, true);
    }

    /**
     * The mentions of one paper before the weak-candidate filter: what the learned extractor takes as candidates
     * (it learns when a weak candidate is a name instead of dropping it by rule).
     */
    public List<Mention> candidates(Annotation doc, String text, int titleEnd) {
        return run(doc, text, titleEnd, false);
    }

    private List<Mention> run(Annotation doc, String text, int titleEnd, boolean filterWeak) {
        PaperDraft draft = new PaperDraft(text, TokenView.sentences(doc, titleEnd), titleEnd);
        AcronymDefinitions acronyms = new AcronymDefinitions(draft);
        DataSourceCue dataSources = new DataSourceCue(draft);
        PhraseCandidates phrases = new PhraseCandidates(draft);
        VocabularyNames names = new VocabularyNames(draft, vocabulary);
        // acronym definitions first, so later phrases can be typed by them
        for (Tok[] s : draft.sentences) {
            acronyms.acronymDefinitions(s);
        }
        for (Tok[] s : draft.sentences) {
            dataSources.dataSources(s);
            phrases.phrases(s);
            if (vocabulary.size() > 0) {
                names.vocabularyNames(s);
            }
        }
        for (Tok[] s : draft.sentences) {
            acronyms.acronymUses(s);
        }
        new ContributionMarker(draft).markContributions();
        new NameDescriptions(draft).tie();
        if (filterWeak) {
            new WeakMentionFilter(draft).filterWeak();
        }
        return new MentionDeduper(draft).dedupe();
    }
}
