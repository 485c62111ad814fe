package org.paperkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.mentions.CombinedMentionExtractor;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.mentions.ner.CrfMentionExtractor;

/** Makes paperkg's mention extractor from the user's choices, the same for {@code build}, {@code load} and {@code eval}. */
public final class ExtractorFactory {

    private ExtractorFactory() {
    }

    /**
     * The rule extractor with the known names of {@code vocabulary} (may be null), combined with the CRF of
     * {@code nerModel} when one is given (may be null).
     */
    public static MentionExtractor create(Path vocabulary, Path nerModel) {
        MentionExtractor rules = new RuleMentionExtractor(
                vocabulary == null ? Vocabulary.empty() : Vocabulary.load(vocabulary));
        if (nerModel == null) {
            return rules;
        }
        // The trained CRF is one more candidate source beside the rules. Its spans go first and the rules fill in
        // where it found nothing: on SciERC test this beats the CRF alone, while keeping every overlapping span
        // loses to it (EVALUATION.md, "Trainable CRF").
        try {
            return new CombinedMentionExtractor(List.of(new CrfMentionExtractor(nerModel), rules),
                    CombinedMentionExtractor.Overlaps.PREFER_EARLIER);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("Cannot load the NER model " + nerModel + ": "
                    + e.getMessage(), e));
        }
    }
}
