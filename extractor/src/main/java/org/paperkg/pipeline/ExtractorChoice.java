package org.paperkg.pipeline;

import java.util.Locale;

/** Which mention extractor a build uses: the learned one (default) or the rules alone. */
public enum ExtractorChoice {
    /** Rules and chunks propose candidates, the committed learned model decides (org.paperkg.learning). */
    LEARNED,
    /** The rule extractor alone, as before the learned extractor. */
    RULES;

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
