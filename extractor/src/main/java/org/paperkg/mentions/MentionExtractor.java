package org.paperkg.mentions;

import java.util.List;

import org.paperkg.papers.PaperRecord;

/** Finds mentions of methods, tasks and datasets in one paper's title and abstract. Implementations are thread-safe. */
public interface MentionExtractor {

    /** Mentions in {@code paper.fullText()}, in text order; may overlap when sources disagree. */
    List<Mention> extract(PaperRecord paper);

    /** Short name written into provenance, e.g. {@code rules} or {@code crf}. */
    String name();
}
