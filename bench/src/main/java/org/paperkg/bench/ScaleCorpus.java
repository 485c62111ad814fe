package org.paperkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.paperkg.bench.SourceCorpus.SourcePaper;

/**
 * Writes the benchmark corpora as JSON Lines: {@code real.jsonl} (every distinct real record, unchanged) and
 * {@code papers-<size>.jsonl} for each size. A size up to the number of real papers is a prefix of them; above it,
 * re-keyed copies follow: copy k (k = 1, 2, ...) of every real paper in turn, until the size is reached.
 * A copy keeps its record's fields and text, but gets a synthetic arXiv id {@code 99MM.NNNNN} (never a real id:
 * five-digit numbers began in 2015; MM and NNNNN count the copies written), {@code url}/{@code pdf_url}/{@code id}
 * rewritten to that id, the title suffix {@code " [k]"}, and no DOI, so that de-duplication keeps every copy apart.
 *
 * <p>Usage: {@code ScaleCorpus --out DIR [--sizes 1k,10k,100k] SOURCE_DIR...}
 */
public final class ScaleCorpus {

    private ScaleCorpus() {
    }

    public static void main(String[] argv) throws IOException {
        Args args = new Args(argv);
        Path out = Path.of(args.require("out"));
        List<Integer> sizes = args.ints("sizes", "1k,10k,100k");
        List<Path> sources = args.positional().stream().map(Path::of).toList();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("give the folders of real records, e.g. ../shared/data/arxiv-daily");
        }
        Files.createDirectories(out);
        SourceCorpus corpus = SourceCorpus.read(sources);
        List<SourcePaper> real = corpus.papers();
        System.out.printf(Locale.ROOT, "read %d records, %d distinct papers%n", corpus.recordsRead(), real.size());
        ObjectMapper json = new ObjectMapper();
        write(json, real, real.size(), out.resolve("real.jsonl"));
        for (int size : sizes) {
            Path file = out.resolve("papers-" + Args.sizeLabel(size) + ".jsonl");
            write(json, real, size, file);
            System.out.printf(Locale.ROOT, "wrote %s (%d papers, %d re-keyed copies)%n", file, size,
                    Math.max(0, size - real.size()));
        }
    }

    private static void write(ObjectMapper json, List<SourcePaper> real, int size, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int copySeq = 0;
            for (int i = 0; i < size; i++) {
                SourcePaper p = real.get(i % real.size());
                int k = i / real.size();
                ObjectNode record = k == 0 ? p.json() : rekey(p, k, syntheticId(copySeq++));
                w.write(json.writeValueAsString(record));
                w.newLine();
            }
        }
    }

    /** The synthetic arXiv id of the {@code seq}-th copy (0-based): {@code 99MM.NNNNN}, 100,000 per "month". */
    static String syntheticId(int seq) {
        int month = 1 + seq / 100_000;
        if (month > 12) {
            throw new IllegalArgumentException("more than 1.2M copies");
        }
        return String.format(Locale.ROOT, "99%02d.%05d", month, seq % 100_000);
    }

    static ObjectNode rekey(SourcePaper p, int k, String id) {
        ObjectNode c = p.json().deepCopy();
        String title = c.path("title").asText();
        c.put("title", title + " [" + k + "]");
        c.put("arxiv_id", id);
        if (c.has("url")) {
            c.put("url", "http://arxiv.org/abs/" + id);
        }
        if (c.has("pdf_url")) {
            c.put("pdf_url", "https://arxiv.org/pdf/" + id);
        }
        if (c.has("id")) {
            c.put("id", id);
        }
        c.remove("doi");
        c.put("bench_copy_of", p.arxivId());
        return c;
    }
}
