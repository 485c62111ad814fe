package org.paperkg.web;

import java.util.Locale;
import java.util.SortedMap;

/** A bar chart of papers per year, drawn as inline SVG on the server (no script, no external library). */
final class YearChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int TOP = 18;
    private static final int BOTTOM = 24;

    private YearChart() {
    }

    /** The SVG for {@code perYear} (year to papers); years without papers between the first and last show as gaps. */
    static String svg(SortedMap<Integer, Long> perYear, String caption) {
        if (perYear.isEmpty()) {
            return "<p class=\"muted\">No dated papers.</p>";
        }
        int first = perYear.firstKey();
        int last = perYear.lastKey();
        int years = last - first + 1;
        long max = perYear.values().stream().mapToLong(Long::longValue).max().orElse(1);
        double slot = (double) WIDTH / years;
        double bar = Math.max(2, Math.min(48, slot * 0.7));
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"year-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        s.append("<title>").append(PageWriter.esc(caption)).append("</title>");
        s.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9aa3b5\"/>",
                HEIGHT - BOTTOM, WIDTH, HEIGHT - BOTTOM));
        int labelEvery = Math.max(1, (int) Math.ceil(years / 16.0));
        for (int y = first; y <= last; y++) {
            long n = perYear.getOrDefault(y, 0L);
            double x = (y - first) * slot + (slot - bar) / 2;
            double h = n == 0 ? 0 : Math.max(1, plot * n / max);
            double top = HEIGHT - BOTTOM - h;
            if (n > 0) {
                s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"#3b6fc4\"><title>%d: %d paper%s</title></rect>", x, top, bar, h, y, n, n == 1 ? "" : "s"));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1d2330\">%d</text>",
                        x + bar / 2, top - 4, n));
            }
            if ((y - first) % labelEvery == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#5b6475\">%d</text>",
                        x + bar / 2, HEIGHT - 8, y));
            }
        }
        s.append("</svg>");
        return s.toString();
    }
}
