package org.paperkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.learning.LearnedMentionExtractor;
import org.paperkg.learning.LearnedModel;
import org.paperkg.mentions.CombinedMentionExtractor;
import org.paperkg.mentions.EllipticalDatasetNames;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.mentions.Vocabulary;
import org.paperkg.mentions.ner.CrfMentionExtractor;
import org.paperkg.results.DatasetFrameMentions;
import org.paperkg.results.DatasetFrames;

/** Makes paperkg's mention extractor from the user's choices, the same for {@code build}, {@code load} and {@code eval}. */
public final class ExtractorFactory {

    private ExtractorFactory() {
    }

    /** The default (learned) extractor; see {@link #create(ExtractorChoice, Path, Path)}. */
    public static MentionExtractor create(Path vocabulary, Path nerModel) {
        return create(ExtractorChoice.LEARNED, vocabulary, nerModel);
    }

    /**
     * The chosen extractor with the known names of {@code vocabulary} (may be null), combined with the CRF of
     * {@code nerModel} when one is given (may be null).
     */
    public static MentionExtractor create(ExtractorChoice choice, Path vocabulary, Path nerModel) {
        // datasets named by a stated result's frame complete what the extractors decided (EVALUATION.md, RESULTS11)
        // and a list that leaves a dataset's name elliptical ("Zorb 1.1 and 2.0") names each item in full
        return new EllipticalDatasetNames(
                new DatasetFrameMentions(extractors(choice, vocabulary, nerModel), new DatasetFrames()));
    }

    private static MentionExtractor extractors(ExtractorChoice choice, Path vocabulary, Path nerModel) {
        Vocabulary known = vocabulary == null ? Vocabulary.empty() : Vocabulary.load(vocabulary);
        MentionExtractor rules;
        if (choice == ExtractorChoice.LEARNED) {
            try {
                rules = new LearnedMentionExtractor(LearnedModel.committed(), known);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            rules = new RuleMentionExtractor(known);
        }
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
