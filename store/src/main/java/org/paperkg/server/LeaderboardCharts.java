package org.paperkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;

/**
 * The leaderboards of the store: the dataset-metric pairs with the most scores, and the state of the art of one pair
 * over time (saved query {@code sota-progress}) drawn as an SVG step chart on the server, with no script or external
 * file, so the page works offline.
 */
final class LeaderboardCharts {

    private static final String TOP = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?datasetLabel ?metricLabel (COUNT(DISTINCT ?r) AS ?results) WHERE {
              ?r pkg:onDataset ?d ; pkg:metric ?m ; pkg:isImprovement false .
              GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                ?d skos:prefLabel ?datasetLabel . ?m skos:prefLabel ?metricLabel }
            } GROUP BY ?datasetLabel ?metricLabel
            ORDER BY DESC(?results) ?datasetLabel ?metricLabel
            LIMIT %d""";
    private static final int WIDTH = 420;
    private static final int HEIGHT = 160;
    private static final int PAD = 36;

    /** One leaderboard: a dataset, a metric, how many scores. */
    record Board(String dataset, String metric, long results) {
    }

    /** One record of the state of the art. */
    record Point(String issued, double value, String unit, String method, String title) {
    }

    private final Supplier<DatasetGraph> dataset;
    private final Optional<SavedQuery> progress;

    LeaderboardCharts(Supplier<DatasetGraph> dataset, List<SavedQuery> queries) {
        this.dataset = dataset;
        this.progress = queries.stream().filter(q -> q.name().equals("sota-progress")).findFirst();
    }

    /** The {@code limit} dataset-metric pairs with the most scores. */
    List<Board> top(int limit) {
        DatasetGraph dsg = dataset.get();
        List<Board> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(String.format(Locale.ROOT, TOP, limit)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new Board(s.getLiteral("datasetLabel").getString(), s.getLiteral("metricLabel").getString(),
                            s.getLiteral("results").getLong()));
                }
            }
        });
        return out;
    }

    /** The state of the art on {@code datasetName} in {@code metric}, oldest first. */
    List<Point> progress(String datasetName, String metric) {
        if (progress.isEmpty()) {
            return List.of();
        }
        ResultSetRewindable rs = QueryRunner.local(DatasetFactory.wrap(dataset.get()))
                .select(progress.get(), Map.of("dataset", datasetName, "metric", metric));
        List<Point> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new Point(s.getLiteral("issued").getLexicalForm(), s.getLiteral("value").getDouble(),
                    s.contains("unit") ? s.getLiteral("unit").getString() : "",
                    s.contains("methodLabel") ? s.getLiteral("methodLabel").getString() : "",
                    s.getLiteral("title").getString()));
        }
        return out;
    }

    /**
     * An SVG step chart of the records: x is the date (as a fractional year), y the value; one unit only (the most
     * frequent), since scores in different units do not compare.
     */
    static String svg(List<Point> points, String label) {
        String unit = points.stream().map(Point::unit)
                .reduce((a, b) -> points.stream().filter(p -> p.unit().equals(a)).count()
                        >= points.stream().filter(p -> p.unit().equals(b)).count() ? a : b).orElse("");
        List<Point> ps = points.stream().filter(p -> p.unit().equals(unit)).toList();
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(LandingPageServlet.esc(label)).append("\">");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\" stroke=\"#ccc\"/>");
        if (ps.isEmpty()) {
            b.append("<text x=\"10\" y=\"20\" font-size=\"12\">No dated score.</text></svg>");
            return b.toString();
        }
        double x0 = ps.stream().mapToDouble(p -> year(p.issued())).min().orElse(0);
        double x1 = ps.stream().mapToDouble(p -> year(p.issued())).max().orElse(0);
        double y0 = ps.stream().mapToDouble(Point::value).min().orElse(0);
        double y1 = ps.stream().mapToDouble(Point::value).max().orElse(0);
        if (x1 - x0 < 1e-9) {
            x0 -= 0.5;
            x1 += 0.5;
        }
        if (y1 - y0 < 1e-9) {
            y0 -= 1;
            y1 += 1;
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Point p : ps) {
            double x = PAD + (year(p.issued()) - x0) / (x1 - x0) * (WIDTH - 2 * PAD);
            double y = HEIGHT - PAD + 10 - (p.value() - y0) / (y1 - y0) * (HEIGHT - 2 * PAD);
            // a step line: the record holds until the next one
            path.append(path.length() == 0 ? "M" + fmt(x) + " " + fmt(y) : " H" + fmt(x) + " V" + fmt(y));
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"3\" fill=\"#1f77b4\"><title>")
                    .append(LandingPageServlet.esc(p.issued() + ": " + num(p.value()) + p.unit()
                            + (p.method().isEmpty() ? "" : " (" + p.method() + ")") + " \u2014 " + p.title()))
                    .append("</title></circle>");
        }
        path.append(" H").append(WIDTH - PAD);
        b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>");
        b.append(dots);
        b.append(text(PAD, HEIGHT - 6, Integer.toString((int) Math.floor(x0)), "start"));
        b.append(text(WIDTH - PAD, HEIGHT - 6, Integer.toString((int) Math.floor(x1)), "end"));
        b.append(text(4, HEIGHT - PAD + 10, num(y0) + unit, "start"));
        b.append(text(4, PAD - 16, num(y1) + unit, "start"));
        b.append(text(WIDTH - 4, 14, label, "end"));
        b.append("</svg>");
        return b.toString();
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\""
                + anchor + "\">" + LandingPageServlet.esc(s) + "</text>";
    }

    /** Year with the month and day as a fraction: "2021-07-01" -> 2021.5. */
    static double year(String issued) {
        String[] f = issued.split("-");
        double y = Double.parseDouble(f[0]);
        if (f.length > 1) {
            y += (Integer.parseInt(f[1]) - 1) / 12.0;
        }
        if (f.length > 2) {
            y += (Integer.parseInt(f[2].substring(0, 2)) - 1) / 365.0;
        }
        return y;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }
}
