package org.paperkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Order statistics over a handful of measurements: median, nearest-rank percentiles, spread. */
public final class Stats {

    private final List<Double> sorted;

    public Stats(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> copy = new ArrayList<>(values);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    public int count() {
        return sorted.size();
    }

    public double min() {
        return sorted.get(0);
    }

    public double max() {
        return sorted.get(sorted.size() - 1);
    }

    /** Median (mean of the two middle values for an even count). */
    public double median() {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    public double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.size();
    }

    /** Half the min-max range relative to the median, in percent: the spread we report. */
    public double spreadPercent() {
        double m = median();
        return m == 0 ? 0 : (max() - min()) / 2 / m * 100;
    }

    /** "median (min–max, ±spread%, n=count)" with {@code digits} decimals. */
    public String summary(int digits) {
        String f = "%." + digits + "f";
        return String.format(Locale.ROOT, f + " (" + f + "–" + f + ", ±%.1f%%, n=%d)",
                median(), min(), max(), spreadPercent(), count());
    }
}
