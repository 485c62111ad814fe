package org.paperkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gold results in the Papers-with-Code form of ORKG's TDM data: a TSV of {@code paper file TAB
 * task#dataset#metric#score$task#dataset#...}. Scores that are not one plain number (lists, ranges, "(7.3, 13.8)
 * on 2%") are dropped, as the extractor never states them either.
 */
public final class ResultsGold {

    private static final Pattern PLAIN_SCORE = Pattern.compile("[+-]?\\d+(\\.\\d+)?\\s*%?");

    /** One gold result. */
    public record GoldResult(String task, String dataset, String metric, BigDecimal score) {
    }

    private ResultsGold() {
    }

    /** The gold results by arXiv id (the paper file name without version and extension). */
    public static Map<String, List<GoldResult>> read(Path tsv) throws IOException {
        Map<String, List<GoldResult>> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String id = arxivId(line.substring(0, tab));
                List<GoldResult> results = new ArrayList<>();
                for (String r : line.substring(tab + 1).split("\\$")) {
                    String[] f = r.split("#", -1);
                    if (f.length != 4 || !PLAIN_SCORE.matcher(f[3].strip()).matches()) {
                        continue;
                    }
                    String score = f[3].replace("%", "").strip();
                    results.add(new GoldResult(f[0].strip(), f[1].strip(), f[2].strip(), new BigDecimal(score)));
                }
                if (!results.isEmpty()) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).addAll(results);
                }
            }
        }
        return out;
    }

    /** "1704.03549v4.pdf" -> "1704.03549". */
    static String arxivId(String file) {
        String s = file.strip().replaceFirst("\\.pdf$", "");
        return s.replaceFirst("v\\d+$", "");
    }
}
