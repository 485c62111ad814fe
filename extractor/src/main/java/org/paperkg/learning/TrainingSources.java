package org.paperkg.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperkg.eval.DocumentEvaluator;
import org.paperkg.eval.GoldPaper;
import org.paperkg.listings.PaperSource;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.conll.ConllDocument;
import org.paperkg.mentions.conll.ConllReader;
import org.paperkg.mentions.conll.ConllSpan;
import org.paperkg.mentions.conll.ConllText;
import org.paperkg.mentions.conll.TagMapping;
import org.paperkg.papers.PaperRecord;

/** Reads the training sources into {@link AnnotatedText}s: all text comes from the shared data, never the repo. */
public final class TrainingSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingSources() {
    }

    /**
     * Document-level annotations (JSON Lines of {id, methods, tasks, datasets}) with the papers' text read from
     * {@code corpus} (each listing file or folder read on its own) by arXiv id, or by paperkg's paper key for papers
     * without one (the seeds' {@code title:HASH}); for ids {@code pwc-test-NNNN}, {@code ncg-dev-NNNN}, ... from the
     * cs-ner folder of {@code data} ({@link CsNerAbstracts}), for ids {@code scierc-train-NNNN} from its SciERC folder
     * ({@link SciercAbstracts}); those are abstracts only. Ids in {@code excluded} are skipped; ids whose text is
     * missing are reported.
     */
    public static List<AnnotatedText> annotations(List<Path> files, List<Path> corpus, Path data,
                                                  Set<String> excluded, Consumer<String> problems) throws IOException {
        Path csNer = data.resolve("cs-ner");
        Path scierc = data.resolve("scierc");
        Map<String, GoldPaper> gold = new LinkedHashMap<>();
        for (Path f : files) {
            // annotation files are written while we train: a line that is not JSON yet is skipped, not fatal
            jsonLines(f, problems, (node, n) -> {
                GoldPaper g;
                try {
                    g = goldPaper(node);
                } catch (IllegalArgumentException e) {
                    problems.accept(f + ":" + n + ": not an annotation record (" + e.getMessage() + "); line skipped");
                    return;
                }
                if (!excluded.contains(g.id())) {
                    gold.putIfAbsent(g.id(), g);
                }
            });
        }
        Map<String, AnnotatedText> texts = new HashMap<>();
        Map<String, String> abstracts = new LinkedHashMap<>(CsNerAbstracts.texts(csNer,
                ids(gold.keySet(), CsNerAbstracts::isId)));
        abstracts.putAll(SciercAbstracts.texts(scierc, ids(gold.keySet(), SciercAbstracts::isId)));
        abstracts.forEach((id, text) -> texts.put(id, new AnnotatedText(id, "annotations", text, -1, gold.get(id), null)));
        // one source per listing path: merging the seeds with the arXiv corpus would re-key the papers they share
        for (Path listing : corpus) {
            try (PaperSource source = PaperSource.open(List.of(listing)); Stream<PaperRecord> papers = source.papers()) {
                papers.forEach(p -> {
                    GoldPaper g = p.arxivId() == null ? null : gold.get(p.arxivId());
                    g = g == null ? gold.get(p.key()) : g;
                    if (g != null && !texts.containsKey(g.id())) {
                        texts.put(g.id(), paperText(p, g, "annotations"));
                    }
                });
            }
        }
        List<AnnotatedText> out = new ArrayList<>();
        for (String id : gold.keySet()) {
            if (texts.containsKey(id)) {
                out.add(texts.get(id));
            } else {
                problems.accept("annotated paper " + id + " is not in " + (CsNerAbstracts.isId(id)
                        ? csNer + " (" + CsNerAbstracts.describe(id) + ")" : SciercAbstracts.isId(id)
                        ? scierc + " (" + SciercAbstracts.describe(id) + ")" : corpus) + "; skipped");
            }
        }
        return out;
    }

    private static Set<String> ids(Set<String> all, Predicate<String> kind) {
        return all.stream().filter(kind).collect(Collectors.toSet());
    }

    private static GoldPaper goldPaper(JsonNode p) {
        if (!p.hasNonNull("id")) {
            throw new IllegalArgumentException("no id");
        }
        Map<EntityType, List<GoldPaper.GoldEntity>> map = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            List<GoldPaper.GoldEntity> list = new ArrayList<>();
            for (JsonNode e : p.path(type.id() + "s")) {
                List<String> aliases = new ArrayList<>();
                e.path("aliases").forEach(a -> aliases.add(a.asText()));
                list.add(new GoldPaper.GoldEntity(e.path("name").asText(), aliases, e.path("proposed").asBoolean(false)));
            }
            map.put(type, list);
        }
        String id = p.get("id").asText().strip().replaceFirst("v\\d+$", "");
        return new GoldPaper(id, id, map);
    }

    /** gold-dev: the gold JSON with the papers' text from {@code papers}, matched by title. */
    public static List<AnnotatedText> goldDev(Path goldFile, List<Path> papers) throws IOException {
        Map<String, GoldPaper> byTitle = new LinkedHashMap<>();
        for (GoldPaper g : GoldPaper.read(goldFile)) {
            byTitle.put(DocumentEvaluator.titleKey(g.title()), g);
        }
        Map<String, AnnotatedText> found = new LinkedHashMap<>();
        try (PaperSource source = PaperSource.open(papers); Stream<PaperRecord> s = source.papers()) {
            s.forEach(p -> {
                GoldPaper g = byTitle.get(DocumentEvaluator.titleKey(p.title()));
                if (g != null) {
                    found.putIfAbsent(g.id(), paperText(p, g, "gold-dev"));
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    private static AnnotatedText paperText(PaperRecord p, GoldPaper g, String source) {
        String text = p.fullText();
        int titleEnd = p.abstractText().isEmpty() ? text.length() : p.title().length();
        return new AnnotatedText(g.id(), source, text, titleEnd, g, null);
    }

    /**
     * scier-fulltext (JSON Lines of {doc_id, sentence, ner: [[text, type]]}): one text per document, its sentences
     * joined; every occurrence of a gold mention's text in its sentence is a gold span.
     */
    public static List<AnnotatedText> scierFulltext(Path file) throws IOException {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, List<AnnotatedText.GoldSpan>> spans = new HashMap<>();
        jsonLines(file, null, (s, n) -> {
            String doc = s.path("doc_id").asText("doc" + n);
            StringBuilder text = texts.computeIfAbsent(doc, k -> new StringBuilder());
            if (text.length() > 0) {
                text.append(' ');
            }
            int base = text.length();
            String sentence = s.path("sentence").asText();
            text.append(sentence);
            List<AnnotatedText.GoldSpan> list = spans.computeIfAbsent(doc, k -> new ArrayList<>());
            for (JsonNode m : s.path("ner")) {
                EntityType type = TagMapping.defaults().map(m.path(1).asText());
                String name = m.path(0).asText();
                if (type == null || name.isBlank()) {
                    continue;
                }
                for (int i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
                    list.add(new AnnotatedText.GoldSpan(base + i, base + i + name.length(), type));
                }
            }
        });
        List<AnnotatedText> out = new ArrayList<>();
        texts.forEach((doc, text) -> out.add(new AnnotatedText(doc, "scier-fulltext", text.toString(), -1, null,
                spans.get(doc))));
        return out;
    }

    /**
     * Calls {@code record} with each non-blank line's number and JSON. A line that is not JSON is reported to
     * {@code skipped} and passed over, or is an error when {@code skipped} is null.
     */
    private static void jsonLines(Path file, Consumer<String> skipped, java.util.function.ObjIntConsumer<JsonNode> record)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    String problem = file + ":" + n + ": not JSON: " + e.getMessage().split("\n")[0];
                    if (skipped == null) {
                        throw new IOException(problem, e);
                    }
                    skipped.accept(problem + "; line skipped");
                    continue;
                }
                record.accept(node, n);
            }
        }
    }

    /** cs-ner CoNLL files: one text per title or abstract block, with its gold spans (mapped types only). */
    public static List<AnnotatedText> conll(List<Path> files, String source) throws IOException {
        List<AnnotatedText> out = new ArrayList<>();
        ConllReader reader = new ConllReader();
        for (Path f : files) {
            int n = 0;
            for (ConllDocument d : reader.documents(f)) {
                n++;
                ConllText t = ConllText.of(d);
                List<AnnotatedText.GoldSpan> spans = new ArrayList<>();
                for (ConllSpan s : d.spans(TagMapping.defaults())) {
                    spans.add(new AnnotatedText.GoldSpan(t.charStart(s), t.charEnd(s), EntityType.valueOf(s.label())));
                }
                out.add(new AnnotatedText(f.getFileName() + "#" + n, source, t.text(), -1, null, spans));
            }
        }
        return out;
    }
}
