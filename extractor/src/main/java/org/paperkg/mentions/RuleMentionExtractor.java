package org.paperkg.mentions;

import java.util.List;

import org.paperkg.papers.PaperRecord;

/** PLACEHOLDER for the extraction helper's class: finds no mentions. */
public final class RuleMentionExtractor implements MentionExtractor {

    public RuleMentionExtractor(Vocabulary vocabulary) {
    }

    @Override
    public List<Mention> extract(PaperRecord paper) {
        return List.of();
    }

    @Override
    public String name() {
        return "rules";
    }
}
