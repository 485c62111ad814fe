package org.paperkg.bench;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of every saved query over HTTP against a running paperkg server on the loopback interface: per query a few
 * warm-up requests, then a bounded number of sequential requests, each read to the last byte; prints p50, p95 and
 * max in milliseconds. Refuses any endpoint that is not on 127.0.0.1 / localhost.
 *
 * <p>Usage: {@code QueryBench --endpoint http://127.0.0.1:PORT/papers/sparql [--warmup 3] [--requests 30]
 * [--max-seconds 60] [--params defaults|top] [--param name=value]... QUERY_DIR...}. With {@code --params top}
 * the parameters take the most supported task, method and dataset of the served graph (the heaviest answers).
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI endpoint = URI.create(args.require("endpoint"));
        String host = endpoint.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("QueryBench only talks to 127.0.0.1, not " + host);
        }
        int warmup = args.getInt("warmup", 3);
        int requests = args.getInt("requests", 30);
        double maxSeconds = Double.parseDouble(args.get("max-seconds", "60"));
        String label = args.get("label", "");
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : args.all("param")) {
            int eq = p.indexOf('=');
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (args.get("params", "defaults").equals("top")) {
            TopParams.of(http, endpoint).forEach(params::putIfAbsent);
        }
        System.out.println("parameters: " + (params.isEmpty() ? "the saved defaults" : params));
        List<SavedQueryText.Rendered> queries = new ArrayList<>();
        for (String a : args.positional()) {
            queries.addAll(SavedQueryText.renderAll(Path.of(a), params));
        }
        System.out.println("| query | bound | rows/bytes | p50 ms | p95 ms | max ms | requests | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (SavedQueryText.Rendered q : queries) {
            String name = q.name();
            String query = q.text();
            String bound = q.bound().isEmpty() ? "-" : q.bound().toString().replace("|", "/");
            List<Double> ms = new ArrayList<>();
            int errors = 0;
            long bytes = 0;
            int rows = -1;
            String lastError = null;
            long budgetEnd = System.nanoTime() + (long) (maxSeconds * 1e9);
            for (int i = -warmup; i < requests && System.nanoTime() < budgetEnd; i++) {
                long t0 = System.nanoTime();
                Result r = send(http, endpoint, query);
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (r.status != 200) {
                    errors++;
                    lastError = r.status + " " + r.head;
                    if (errors >= 3 && ms.isEmpty()) {
                        break; // a query that keeps failing is reported, not hammered
                    }
                    continue;
                }
                bytes = r.bytes;
                rows = r.rows;
                if (i >= 0) {
                    ms.add(elapsed);
                }
            }
            if (ms.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %s | %s | - | - | - | - | 0 | %d (%s) |%n", name, bound, errors, lastError);
                System.out.printf(Locale.ROOT, "RESULT query%s name=%s failed errors=%d%n", label, name, errors);
                continue;
            }
            Stats s = new Stats(ms);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %d | %d |%n",
                    name, bound, rows >= 0 ? rows + " rows" : bytes + " B", s.median(), s.percentile(95), s.max(), s.count(), errors);
            System.out.printf(Locale.ROOT, "RESULT query%s name=%s p50=%.1f p95=%.1f max=%.1f n=%d errors=%d bytes=%d rows=%d%n",
                    label, name, s.median(), s.percentile(95), s.max(), s.count(), errors, bytes, rows);
        }
    }

    /** Status, body size, the first bytes (for errors) and the number of result rows (-1 when not JSON results). */
    record Result(int status, long bytes, String head, int rows, byte[] body) {
    }

    static Result send(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = resp.body();
        int rows = -1;
        if (resp.statusCode() == 200 && body.length > 0 && body[0] == '{') {
            try {
                rows = JSON.readTree(body).path("results").path("bindings").size();
            } catch (IOException e) {
                rows = -1;
            }
        }
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return new Result(resp.statusCode(), body.length, head, rows, body);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
