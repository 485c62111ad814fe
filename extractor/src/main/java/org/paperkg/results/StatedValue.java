package org.paperkg.results;

import java.math.BigDecimal;

/**
 * A metric value found in one sentence, before it is attached to dataset, task and method.
 *
 * @param metric      the metric it is a value of
 * @param value       the number as written
 * @param unit        the unit as written, or null
 * @param improvement a gain or reduction rather than a score
 * @param baselineCue the words before it say it is another method's score ("previous", "baseline", "compared")
 * @param valueStart  first token of the value
 * @param valueEnd    token after the value (and its unit)
 * @param metricStart first token of the metric name
 * @param metricEnd   token after the metric name
 * @param group       values stated as one list share a group number, which is otherwise unique
 * @param rule        how the metric was attached: {@code value-metric}, {@code metric-value}, {@code list}, {@code parallel}
 */
record StatedValue(Metric metric, BigDecimal value, String unit, boolean improvement, boolean baselineCue,
                   int valueStart, int valueEnd, int metricStart, int metricEnd, int group, String rule) {

    int firstToken() {
        return Math.min(valueStart, metricStart);
    }

    int lastToken() {
        return Math.max(valueEnd, metricEnd);
    }

    /** The value stands alone in brackets after a word ("A (84.2%)"), which then names what it belongs to. */
    boolean aloneInBrackets(String[] words) {
        return valueStart >= 2 && words[valueStart - 1].equals("(") && valueEnd < words.length
                && words[valueEnd].equals(")");
    }
}
