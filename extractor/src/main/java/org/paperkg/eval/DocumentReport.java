package org.paperkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.mentions.EntityType;

/**
 * Result of a document-level evaluation.
 *
 * @param goldPapers      number of gold papers
 * @param missingPapers   gold titles not found in the corpus (scored as empty predictions)
 * @param exact           per type, exact matching
 * @param partial         per type, partial matching
 * @param proposedExact   gold proposed methods against predicted proposed methods, exact
 * @param proposedPartial the same, partial
 * @param differences     every unmatched gold entity (miss) and prediction (false hit), partial matching
 * @param perPaper        each gold paper's counts, in gold order (for the bootstrap intervals)
 */
public record DocumentReport(int goldPapers, List<String> missingPapers, Map<EntityType, Scores> exact,
                             Map<EntityType, Scores> partial, Scores proposedExact, Scores proposedPartial,
                             List<Difference> differences, List<PaperScores> perPaper) {

    /** One unmatched item: a gold entity no prediction matched, or a prediction that matched no gold entity. */
    public record Difference(String paperId, EntityType type, boolean falseHit, String name) {
    }

    /** Exact scores over all types together. */
    public Scores exactAll() {
        return exact.values().stream().reduce(Scores.ZERO, Scores::plus);
    }

    /** Partial scores over all types together. */
    public Scores partialAll() {
        return partial.values().stream().reduce(Scores.ZERO, Scores::plus);
    }

    /** A readable table of the figures, F1 and proposed recall with 95% bootstrap intervals over papers. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Document level: %d gold papers (%d not found in the corpus)%n",
                goldPapers, missingPapers.size()));
        sb.append(String.format(Locale.ROOT, "%-10s %-8s %6s %6s %6s %15s %6s %6s%n", "type", "match", "P", "R", "F1",
                "F1 95% CI", "pred", "gold"));
        for (EntityType t : EntityType.values()) {
            row(sb, t.id(), "exact", exact.get(t), p -> p.exact().get(t));
            row(sb, t.id(), "partial", partial.get(t), p -> p.partial().get(t));
        }
        row(sb, "all", "exact", exactAll(), PaperScores::exactAll);
        row(sb, "all", "partial", partialAll(), PaperScores::partialAll);
        BootstrapInterval proposedCi = BootstrapInterval.of(perPaper, PaperScores::proposedPartial, Scores::recall);
        sb.append(String.format(Locale.ROOT, "Proposed methods: recall %.3f exact, %.3f partial [%.3f, %.3f] (%d gold; "
                        + "precision %.3f partial over %d predicted)%n", proposedExact.recall(),
                proposedPartial.recall(), proposedCi.low(), proposedCi.high(), proposedPartial.gold(),
                proposedPartial.precision(), proposedPartial.predicted()));
        for (String m : missingPapers) {
            sb.append("  not found: ").append(m).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private void row(StringBuilder sb, String type, String match, Scores s,
                     java.util.function.Function<PaperScores, Scores> counts) {
        BootstrapInterval ci = BootstrapInterval.of(perPaper, counts, Scores::f1);
        sb.append(String.format(Locale.ROOT, "%-10s %-8s %6.3f %6.3f %6.3f  [%.3f, %.3f] %6d %6d%n", type, match,
                s.precision(), s.recall(), s.f1(), ci.low(), ci.high(), s.predicted(), s.gold()));
    }
}
