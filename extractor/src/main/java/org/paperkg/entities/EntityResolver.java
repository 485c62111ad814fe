package org.paperkg.entities;

import java.util.Collection;
import java.util.List;

import org.paperkg.mentions.Mention;
import org.paperkg.papers.PaperRecord;

/**
 * Turns mentions into entities and paper links over a whole corpus, in two passes with a survey between them.
 * Pass 1 ({@link #learn}) sees every paper once and collects names, acronyms and evidence; pass 2 ({@link #links})
 * sees every paper again and returns its links, including names learnt from other papers (the corpus-level pass).
 * Memory grows with the number of distinct names, not with the number of papers.
 */
public interface EntityResolver {

    /** Pass 1: learn from one paper's mentions. Safe to call from several threads. */
    void learn(PaperRecord paper, List<Mention> mentions);

    /**
     * Between pass 1 and pass 2: sees every paper again, to count where the names pass 1 learnt occur in the text.
     * Called from several threads at once (never while pass 1 or pass 2 runs); what it counts must not depend on the
     * order. Does nothing unless the resolver needs it.
     */
    default void survey(PaperRecord paper, List<Mention> mentions) {
    }

    /**
     * Pass 2: the paper's links, one per (relation, entity), deterministic for the same corpus in any order. Called
     * from several threads at once (never while pass 1 is running), so it must be thread-safe.
     */
    List<PaperLink> links(PaperRecord paper, List<Mention> mentions);

    /** After pass 2: every entity that some paper links to, with labels and support. */
    Collection<Entity> entities();
}
