package org.paperkg.mentions.rules;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/** The rules' view of a CoreNLP annotation: one array of tokens per sentence. */
final class TokenView {
    private TokenView() {
    }

    static List<Tok[]> sentences(Annotation doc, int titleEnd) {
        List<Tok[]> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            Tok[] toks = new Tok[labels.size()];
            for (int i = 0; i < toks.length; i++) {
                CoreLabel l = labels.get(i);
                toks[i] = new Tok(l.word(), l.tag(), l.lemma() == null ? l.word() : l.lemma(),
                        l.beginPosition(), l.endPosition(), l.beginPosition() < titleEnd);
            }
            sentences.add(toks);
        }
        return sentences;
    }
}
