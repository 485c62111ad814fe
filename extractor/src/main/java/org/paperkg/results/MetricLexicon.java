package org.paperkg.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics paperkg knows (resource {@value #RESOURCE}: general vocabulary of the field) and how to find their
 * names in a token sequence. Immutable and thread-safe.
 */
public final class MetricLexicon {

    /** Classpath location of the metric list. */
    public static final String RESOURCE = "paperkg/results/metrics.tsv";

    private final Map<String, Metric> byKey;
    /** Aliases by their first word (lower case), longest first. */
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    /**
     * Metrics by their folded aliases, the first metric in list order for each: {@link #byName} is asked for every
     * name of every link of a sentence, so the folding is done once here.
     */
    private final Map<String, Metric> byFoldedName = new HashMap<>();

    private MetricLexicon(List<Metric> metrics) {
        this.byKey = new LinkedHashMap<>();
        for (Metric m : metrics) {
            byKey.put(m.key(), m);
            for (String a : m.aliases()) {
                // the tokenizer cuts "Recall@1" into "Recall", "@", "1" but keeps "AP@0.5": both forms are matched
                for (String form : new LinkedHashSet<>(List.of(a, a.replace("@", " @ ").strip()))) {
                    Alias alias = new Alias(m, form.split(" +"), caseSensitive(a));
                    byFirstWord.computeIfAbsent(alias.words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(alias);
                }
            }
        }
        byFirstWord.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.words.length, x.words.length)));
        for (Metric m : byKey.values()) {
            for (String a : m.aliases()) {
                byFoldedName.putIfAbsent(fold(a), m);
            }
        }
    }

    /** The packaged metric list. */
    public static MetricLexicon load() {
        try (InputStream in = MetricLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The metric list " + RESOURCE + " is missing from the classpath.");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a metric list: {@code key TAB name TAB higher|lower TAB alias|alias...}; # starts a comment line. */
    static MetricLexicon parse(BufferedReader in, String source) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4 || !(f[2].equals("higher") || f[2].equals("lower"))) {
                throw new IOException(source + " line " + n
                        + ": expected key, name, higher or lower, and aliases separated by tabs.");
            }
            List<String> aliases = new ArrayList<>(Arrays.asList(f[3].split("\\|")));
            if (!aliases.contains(f[1])) {
                aliases.add(0, f[1]);
            }
            metrics.add(new Metric(f[0], f[1],
                    f[2].equals("higher") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, aliases));
        }
        return new MetricLexicon(metrics);
    }

    /** Every metric, in list order. */
    public Collection<Metric> metrics() {
        return byKey.values();
    }

    /** The metric with this key, if known. */
    public Optional<Metric> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The metric named by some alias, compared ignoring case and spaces versus hyphens (for gold labels such as
     * "Top 1 Accuracy"); empty when none.
     */
    public Optional<Metric> byName(String name) {
        return Optional.ofNullable(byFoldedName.get(fold(name)));
    }

    /** The longest metric name starting at token {@code i} of {@code words}, or null. */
    MetricMatch matchAt(String[] words, int i) {
        List<Alias> candidates = byFirstWord.get(words[i].toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Alias a : candidates) {
            if (i + a.words.length <= words.length && a.matches(words, i)) {
                return new MetricMatch(a.metric, i, i + a.words.length);
            }
        }
        return null;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }

    /** Short names with capitals ("AP", "IS", "EM") are matched in their case only: "is" and "ap" are words. */
    private static boolean caseSensitive(String alias) {
        return alias.length() <= 4 && !alias.equals(alias.toLowerCase(Locale.ROOT));
    }

    /** A metric name found at tokens {@code [start, end)}. */
    record MetricMatch(Metric metric, int start, int end) {
    }

    private record Alias(Metric metric, String[] words, boolean caseSensitive) {
        boolean matches(String[] tokens, int at) {
            for (int k = 0; k < words.length; k++) {
                String t = tokens[at + k];
                if (caseSensitive ? !t.equals(words[k]) : !t.equalsIgnoreCase(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
