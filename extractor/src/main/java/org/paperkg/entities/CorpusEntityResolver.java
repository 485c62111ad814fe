package org.paperkg.entities;

import java.util.Collection;
import java.util.List;

import org.paperkg.mentions.Mention;
import org.paperkg.papers.PaperRecord;

/** PLACEHOLDER for the extraction helper's class: resolves nothing. */
public final class CorpusEntityResolver implements EntityResolver {

    @Override
    public void learn(PaperRecord paper, List<Mention> mentions) {
    }

    @Override
    public List<PaperLink> links(PaperRecord paper, List<Mention> mentions) {
        return List.of();
    }

    @Override
    public Collection<Entity> entities() {
        return List.of();
    }
}
