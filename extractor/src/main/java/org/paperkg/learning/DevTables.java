package org.paperkg.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;

/**
 * The dev report's tables: each row (a variant's mentions on the dev papers) scored on every group of dev papers,
 * so that the abstracts without a title (cs-ner's Papers-with-Code, ncg and ftd abstracts, SciERC's documents) are
 * read apart from the papers with a title (gold-dev, arXiv-daily, the seeds).
 */
final class DevTables {

    private final Map<String, List<AnnotatedText>> groups = new LinkedHashMap<>();
    private final Map<String, StringBuilder> rows = new LinkedHashMap<>();

    /** Tables for all dev papers and, when both are present, the papers with a title and the abstracts without. */
    DevTables(List<AnnotatedText> dev) {
        List<AnnotatedText> abstracts = dev.stream().filter(DevTables::abstractOnly).toList();
        List<AnnotatedText> titled = dev.stream().filter(t -> !abstractOnly(t)).toList();
        groups.put("all dev papers", dev);
        if (!abstracts.isEmpty() && !titled.isEmpty()) {
            groups.put("papers with a title: gold-dev, arXiv-daily, seeds", titled);
            groups.put("abstracts without a title: cs-ner (Papers-with-Code, ncg, ftd), SciERC", abstracts);
        }
        groups.keySet().forEach(g -> rows.put(g, new StringBuilder()));
    }

    /** Whether the dev paper is an abstract without a title (its contribution is only in the abstract's words). */
    static boolean abstractOnly(AnnotatedText t) {
        return CsNerAbstracts.isId(t.id()) || SciercAbstracts.isId(t.id());
    }

    /** Scores one variant on every group. */
    void row(String name, Function<AnnotatedText, List<Mention>> mentions) {
        Map<AnnotatedText, List<Mention>> cache = new LinkedHashMap<>();
        groups.forEach((g, papers) -> {
            DevScores s = DevScores.of(papers, t -> cache.computeIfAbsent(t, mentions));
            StringBuilder b = rows.get(g);
            b.append("| ").append(name).append(" | ").append(s.allPartial()).append(" | ").append(s.allExact());
            for (EntityType t : EntityType.values()) {
                b.append(" | ").append(s.typePartial(t));
            }
            b.append(" | ").append(s.proposedRecall()).append(" |\n");
        });
    }

    /** The tables in Markdown, one per group, each under a line naming its papers. */
    String render() {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>(groups.keySet());
        for (String g : names) {
            out.append(String.format(Locale.ROOT, "%s (%d papers):%n%n", g, groups.get(g).size()));
            out.append("| variant | all partial F1 | all exact F1 | method | task | dataset | proposed recall |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            out.append(rows.get(g)).append('\n');
        }
        return out.toString();
    }
}
