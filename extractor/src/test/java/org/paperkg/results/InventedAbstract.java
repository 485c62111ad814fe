package org.paperkg.results;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.papers.PaperRecord;

/** An invented paper and its links "RELATION:Label", for the result extractor's unit tests. */
record InventedAbstract(PaperRecord paper, List<PaperLink> links) {

    static InventedAbstract of(String arxivId, String abstractText, String... links) {
        PaperRecord paper = new PaperRecord(arxivId, "A Test Paper", abstractText, List.of(), null, null, null,
                arxivId, null, null, List.of(), List.of(), false);
        List<PaperLink> ls = new ArrayList<>();
        for (String l : links) {
            String[] f = l.split(":", 2);
            ls.add(new PaperLink(paper.key(), Relation.valueOf(f[0]), f[1].toLowerCase().replace(' ', '-'), f[1], "",
                    -1, -1, "test", 0.8));
        }
        return new InventedAbstract(paper, List.copyOf(ls));
    }

    /** "value metric dataset method" of each result, sorted, joined by "; ". */
    String results(ResultExtractor extractor) {
        return extractor.extract(paper, links).stream()
                .map(c -> c.value().toPlainString() + " " + c.metric().key() + " " + c.dataset().entityLabel() + " "
                        + (c.method() == null ? "-" : c.method().entityLabel()))
                .sorted().collect(Collectors.joining("; "));
    }
}
