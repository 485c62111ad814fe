package org.paperkg.learning;

import java.util.List;

import org.paperkg.eval.DocumentReport;
import org.paperkg.mentions.Mention;

/**
 * One dev paper as a model decided it, for the error reports: its candidates, their probabilities, the mentions
 * kept and the paper's score against its gold entities.
 */
record ScoredPaper(AnnotatedText paper, List<Candidate> candidates, double[][] probabilities, List<Mention> kept,
                   DocumentReport report) {

    /** Decides and scores one dev paper's candidates. */
    static ScoredPaper of(AnnotatedText paper, List<Candidate> candidates, LearnedModel model) {
        double[][] p = model.probabilities(candidates);
        List<Mention> kept = LearnedMentionExtractor.mentions(candidates, p, model);
        return new ScoredPaper(paper, candidates, p, kept, DevScores.report(paper.document(), kept));
    }
}
