package org.paperkg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.queries.QueryRunner;
import org.paperkg.queries.SavedQuery;
import org.paperkg.web.MeasuredOn;
import org.paperkg.web.ResultOwner;
import org.paperkg.web.ScoreText;

/**
 * {@code /leaderboards}: the most populated leaderboards, each with its state-of-the-art chart; with
 * {@code ?dataset=NAME&metric=NAME}, one leaderboard: the chart and the ranked scores (saved query
 * {@code leaderboard}). {@link #section} is the landing page's part: links and charts of the top leaderboards.
 */
public final class LeaderboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Leaderboards shown on the landing page. */
    static final int ON_LANDING_PAGE = 6;
    /** Path of the servlet. */
    static final String PATH = "/leaderboards";

    private final transient LeaderboardCharts charts;
    private final transient Supplier<DatasetGraph> dataset;
    private final transient Optional<SavedQuery> leaderboard;

    public LeaderboardServlet(Supplier<DatasetGraph> dataset, List<SavedQuery> queries) {
        this.dataset = dataset;
        this.charts = new LeaderboardCharts(dataset, queries);
        this.leaderboard = queries.stream().filter(q -> q.name().equals("leaderboard")).findFirst();
    }

    /** The HTML section of the landing page: the top leaderboards with their charts; empty when there is none. */
    public String section(String base) {
        List<LeaderboardCharts.Board> boards = charts.top(ON_LANDING_PAGE);
        if (boards.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2 id=\"leaderboards\">Leaderboards</h2><p>The datasets and metrics with "
                + "the most scores stated in abstracts, with the best score over time (<a href=\""
                + LandingPageServlet.esc(base + PATH) + "\">all</a>).</p>");
        for (LeaderboardCharts.Board board : boards) {
            b.append(board(base, board));
        }
        return b.toString();
    }

    private String board(String base, LeaderboardCharts.Board board) {
        String url = base + PATH + "?dataset=" + URLEncoder.encode(board.dataset(), StandardCharsets.UTF_8)
                + "&metric=" + URLEncoder.encode(board.metric(), StandardCharsets.UTF_8);
        String label = board.dataset() + " \u2014 " + board.metric();
        return "<figure><figcaption><a href=\"" + LandingPageServlet.esc(url) + "\">" + LandingPageServlet.esc(label)
                + "</a> (" + board.results() + " scores)</figcaption>"
                + LeaderboardCharts.svg(charts.progress(board.dataset(), board.metric()), label) + "</figure>";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = ServerUrls.base(req);
        String ds = req.getParameter("dataset");
        String metric = req.getParameter("metric");
        resp.setContentType("text/html; charset=utf-8");
        PrintWriter w = resp.getWriter();
        w.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>paperkg leaderboards</title>"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{padding:.2em .6em;text-align:left;border-bottom:1px solid #eee}"
                + "</style></head><body><p><a href=\"" + LandingPageServlet.esc(base + "/") + "\">paperkg</a></p>");
        if (ds == null || ds.isBlank() || metric == null || metric.isBlank()) {
            w.println("<h1>Leaderboards</h1>");
            for (LeaderboardCharts.Board board : charts.top(50)) {
                w.println(board(base, board));
            }
        } else {
            String label = ds + " \u2014 " + metric;
            w.println("<h1>" + LandingPageServlet.esc(label) + "</h1>");
            w.println(LeaderboardCharts.svg(charts.progress(ds, metric), label));
            w.println("<table><tr><th>value</th><th>measured on</th><th>method</th><th>paper</th><th>date</th>"
                    + "<th>task</th></tr>");
            if (leaderboard.isPresent()) {
                ResultSetRewindable rs = QueryRunner.local(DatasetFactory.wrap(dataset.get()))
                        .select(leaderboard.get(), Map.of("dataset", ds, "metric", metric));
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String method = new ResultOwner(s.contains("methodLabel") ? s.getLiteral("methodLabel").getString()
                            : "", s.getLiteral("baseline").getBoolean()).text();
                    w.println("<tr><td>" + LandingPageServlet.esc(new ScoreText(s.getLiteral("value").getLexicalForm(),
                            s.contains("unit") ? s.getLiteral("unit").getString() : "").text()) + "</td><td>"
                            + LandingPageServlet.esc(measuredOn(ds, s)) + "</td><td>"
                            + LandingPageServlet.esc(method) + "</td><td><a href=\""
                            + LandingPageServlet.esc(s.getResource("paper").getURI()) + "\">"
                            + LandingPageServlet.esc(s.getLiteral("title").getString()) + "</a></td><td>"
                            + (s.contains("issued") ? LandingPageServlet.esc(s.getLiteral("issued").getLexicalForm()) : "")
                            + "</td><td>" + (s.contains("taskLabel")
                            ? LandingPageServlet.esc(s.getLiteral("taskLabel").getString()) : "") + "</td></tr>");
                }
            }
            w.println("</table>");
        }
        w.println("</body></html>");
    }

    /** The dataset as asked for, with the split or release the result names: scores on different ones differ. */
    private static String measuredOn(String dataset, QuerySolution s) {
        return new MeasuredOn(dataset, s.contains("datasetAsWritten") ? s.getLiteral("datasetAsWritten").getString() : "",
                s.contains("split") ? s.getLiteral("split").getString() : "").text();
    }
}
