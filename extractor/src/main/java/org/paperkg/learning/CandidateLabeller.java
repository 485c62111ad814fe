package org.paperkg.learning;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.entities.LabelNormalizer;
import org.paperkg.eval.GoldPaper;
import org.paperkg.eval.NameMatcher;
import org.paperkg.mentions.EntityType;

/**
 * Labels candidates from gold annotations. Document level: a candidate whose normalised text equals a gold name or
 * alias takes that entity's type; one that only partly matches a gold name is left out (neither right nor wrong
 * enough to learn from); the rest are none. Mention level: an exact gold span gives its type, a candidate
 * overlapping a gold span is left out, the rest are none.
 */
final class CandidateLabeller {

    private CandidateLabeller() {
    }

    static List<LabelledCandidate> label(AnnotatedText text, List<Candidate> candidates) {
        List<LabelledCandidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            LabelledCandidate l = text.document() != null ? byDocument(text.document(), c) : bySpans(text.spans(), c);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private static LabelledCandidate byDocument(GoldPaper gold, Candidate c) {
        String key = LabelNormalizer.normalize(c.text());
        boolean partial = false;
        for (EntityType t : EntityType.values()) {
            for (GoldPaper.GoldEntity e : gold.entities().getOrDefault(t, List.of())) {
                for (String name : e.names()) {
                    if (LabelNormalizer.normalize(name).equals(key)) {
                        return new LabelledCandidate(c, t.ordinal() + 1,
                                t == EntityType.METHOD ? (e.proposed() ? 1 : 0) : -1);
                    }
                    partial |= NameMatcher.partial(name, c.text());
                }
            }
        }
        return partial ? null : new LabelledCandidate(c, 0, -1);
    }

    private static LabelledCandidate bySpans(List<AnnotatedText.GoldSpan> spans, Candidate c) {
        boolean overlap = false;
        for (AnnotatedText.GoldSpan s : spans) {
            if (s.start() == c.start() && s.end() == c.end()) {
                return new LabelledCandidate(c, s.type().ordinal() + 1, -1);
            }
            overlap |= s.start() < c.end() && c.start() < s.end();
        }
        return overlap ? null : new LabelledCandidate(c, 0, -1);
    }
}
