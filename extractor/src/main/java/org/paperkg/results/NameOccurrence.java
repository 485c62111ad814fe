package org.paperkg.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.EntityType;

/**
 * A link's entity named at tokens {@code [first, last)} of a sentence.
 *
 * @param named  written with a capital or a digit, as names are (not a word of the sentence that happens to match)
 * @param usable the link may carry a result ({@link ResultLinkFilter})
 */
record NameOccurrence(PaperLink link, int first, int last, boolean named, boolean usable) {

    boolean isDataset() {
        return link.relation().type() == EntityType.DATASET;
    }

    /** The links of {@code occurrences}, each entity once, in text order. */
    static List<PaperLink> distinctLinks(List<NameOccurrence> occurrences) {
        Set<String> keys = new LinkedHashSet<>();
        List<PaperLink> out = new ArrayList<>();
        for (NameOccurrence o : occurrences) {
            if (keys.add(o.link().entityKey())) {
                out.add(o.link());
            }
        }
        return out;
    }
}
