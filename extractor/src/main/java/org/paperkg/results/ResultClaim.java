package org.paperkg.results;

import java.math.BigDecimal;
import java.util.Objects;

import org.paperkg.entities.PaperLink;

/**
 * One result a paper states: a metric's value on a dataset, with the links it is attached to and its evidence.
 *
 * @param metric      the normalised metric
 * @param metricText  the metric's name as written, or null when the sentence names it only for another value
 * @param value       the number as written (scale kept: "84.20" stays 84.20)
 * @param unit        {@code %}, {@code points}, {@code dB}, ... as written, or null for a bare number
 * @param improvement true for a gain or reduction ("by 2.1 points", "reduces error by 30%"), false for a score
 * @param baseline    true when the sentence gives the score of a method other than the paper's own
 * @param dataset     the dataset link it is measured on
 * @param task        the task link, or null
 * @param method      the method link the score belongs to, or null when the sentence does not name it
 * @param evidence    the sentence stating it
 * @param charStart   start of the value-and-metric span in the paper's full text
 * @param charEnd     end (exclusive) of that span
 * @param rule        how it was found, e.g. {@code value-metric+dataset:after}
 * @param confidence  0..1
 * @param datasetAsWritten the dataset's name as the sentence writes it, when it differs from the link's label beyond
 *                         case and punctuation ("DOTAv2" for the entity "DOTA"), else null
 * @param split       the split, subset or setting the sentence names beside the dataset or the value ("test-dev",
 *                    "X-Sub", "Part II", "256x256"), else null
 */
public record ResultClaim(
        Metric metric,
        String metricText,
        BigDecimal value,
        String unit,
        boolean improvement,
        boolean baseline,
        PaperLink dataset,
        PaperLink task,
        PaperLink method,
        String evidence,
        int charStart,
        int charEnd,
        String rule,
        double confidence,
        String datasetAsWritten,
        String split) {

    public ResultClaim {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
    }

    /** A result whose sentence names neither another spelling of its dataset nor a split. */
    public ResultClaim(Metric metric, String metricText, BigDecimal value, String unit, boolean improvement,
                       boolean baseline, PaperLink dataset, PaperLink task, PaperLink method, String evidence,
                       int charStart, int charEnd, String rule, double confidence) {
        this(metric, metricText, value, unit, improvement, baseline, dataset, task, method, evidence, charStart,
                charEnd, rule, confidence, null, null);
    }
}
