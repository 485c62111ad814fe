package org.paperkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Latency of every saved query over HTTP against a running paperkg server on the loopback interface: per query a few
 * warm-up requests, then a bounded number of sequential requests, each read to the last byte; prints p50, p95 and
 * max in milliseconds. Refuses any endpoint that is not on 127.0.0.1 / localhost.
 *
 * <p>Usage: {@code QueryBench --endpoint http://127.0.0.1:PORT/papers/sparql [--warmup 3] [--requests 30]
 * [--max-seconds 60] [--param name=value]... QUERY_DIR_OR_FILE...}
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
        List<Path> files = new ArrayList<>();
        for (String a : args.positional()) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.println("| query | rows/bytes | p50 ms | p95 ms | max ms | requests | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            String query = SavedQueryText.render(file, params);
            List<Double> ms = new ArrayList<>();
            int errors = 0;
            long bytes = 0;
            String lastError = null;
            long budgetEnd = System.nanoTime() + (long) (maxSeconds * 1e9);
            for (int i = -warmup; i < requests && System.nanoTime() < budgetEnd; i++) {
                long t0 = System.nanoTime();
                Result r = send(http, endpoint, query);
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (r.status != 200) {
                    errors++;
                    lastError = r.status + " " + r.head;
                    continue;
                }
                bytes = r.bytes;
                if (i >= 0) {
                    ms.add(elapsed);
                }
            }
            if (ms.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %s | - | - | - | - | 0 | %d (%s) |%n", name, errors, lastError);
                System.out.printf(Locale.ROOT, "RESULT query%s name=%s failed errors=%d%n", label, name, errors);
                continue;
            }
            Stats s = new Stats(ms);
            System.out.printf(Locale.ROOT, "| %s | %d B | %.1f | %.1f | %.1f | %d | %d |%n",
                    name, bytes, s.median(), s.percentile(95), s.max(), s.count(), errors);
            System.out.printf(Locale.ROOT, "RESULT query%s name=%s p50=%.1f p95=%.1f max=%.1f n=%d errors=%d bytes=%d%n",
                    label, name, s.median(), s.percentile(95), s.max(), s.count(), errors, bytes);
        }
    }

    private record Result(int status, long bytes, String head) {
    }

    private static Result send(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        byte[] head = new byte[200];
        int headLen = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = resp.body()) {
            int r;
            while ((r = in.read(buf)) > 0) {
                if (headLen < head.length) {
                    int c = Math.min(r, head.length - headLen);
                    System.arraycopy(buf, 0, head, headLen, c);
                    headLen += c;
                }
                n += r;
            }
        }
        return new Result(resp.statusCode(), n, new String(head, 0, headLen, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
    }
}
