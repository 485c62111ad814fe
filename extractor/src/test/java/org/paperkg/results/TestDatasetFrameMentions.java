package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.MentionRole;
import org.paperkg.papers.PaperRecord;

/** Dataset mentions from result frames beside another extractor's mentions, on invented sentences. */
class TestDatasetFrameMentions {

    private static DatasetFrames frames;

    @BeforeAll
    static void load() {
        frames = new DatasetFrames();
    }

    /** The types of the mentions over each name, after the frames, with the given names typed as methods. */
    private static List<String> typed(String abstractText, List<String> methods, List<String> datasets) {
        return typed(abstractText, methods, datasets, List.of());
    }

    private static List<String> typed(String abstractText, List<String> methods, List<String> datasets,
                                      List<String> tasks) {
        PaperRecord paper = new PaperRecord("p", "A title", abstractText, null, null, null, null, null, null, null,
                null, null, false);
        String text = paper.fullText();
        MentionExtractor given = new MentionExtractor() {
            @Override
            public List<Mention> extract(PaperRecord p) {
                return java.util.stream.Stream.concat(
                        methods.stream().map(n -> mention(text, n, EntityType.METHOD)),
                        java.util.stream.Stream.concat(datasets.stream().map(n -> mention(text, n, EntityType.DATASET)),
                                tasks.stream().map(n -> mention(text, n, EntityType.TASK)))).toList();
            }

            @Override
            public String name() {
                return "given";
            }
        };
        return new DatasetFrameMentions(given, frames).extract(paper).stream()
                .map(m -> m.text() + ":" + m.type().name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static Mention mention(String text, String name, EntityType type) {
        int at = text.lastIndexOf(name);
        return new Mention(name, type, MentionRole.USED, at, at + name.length(), text, "given", 0.9, null);
    }

    @Test
    void aFrameNameBesideADatasetIsADatasetEvenIfTypedAsAMethod() {
        assertEquals(List.of("PebbleA:dataset", "PebbleB:dataset", "STONE_XY:dataset"),
                typed("It reaches an MAE of 51.2, 7.7 and 80.1 on PebbleA, PebbleB and STONE_XY, respectively.",
                        List.of("PebbleA", "PebbleB"), List.of()));
        assertEquals(List.of("Wdg-2x:dataset", "Wdg-3x:dataset"),
                typed("It gets an SDR of 21.3 dB on Wdg-2x and an SDR of 18.5 dB on Wdg-3x.",
                        List.of("Wdg-3x"), List.of("Wdg-2x")));
    }

    @Test
    void aFrameNameThatOpensATaskMentionIsADataset() {
        assertEquals(List.of("OwlPart:dataset", "OwlPart parsing:task"),
                typed("It gets a mIoU of 85.1% on the OwlPart parsing task.", List.of(), List.of(),
                        List.of("OwlPart parsing")));
        assertEquals(List.of("Owl Parsing OwlPart:task"),
                typed("It gets a mIoU of 85.1% on Owl Parsing OwlPart.", List.of(), List.of(),
                        List.of("Owl Parsing OwlPart")), "the name does not open the task");
    }

    @Test
    void aMethodInAFrameWithNoDatasetStaysAMethod() {
        assertEquals(List.of("OwlNet-7B:method", "HawkLM-2:method"),
                typed("It raises the accuracy to 71.2% on OwlNet-7B and 69.0% on HawkLM-2.",
                        List.of("OwlNet-7B", "HawkLM-2"), List.of()));
        assertEquals(List.of("FrogSet-2:dataset", "OwlNet-2:method"),
                typed("On the FrogSet-2 benchmark, we see 77.3% accuracy with OwlNet-2.",
                        List.of("OwlNet-2"), List.of()));
    }
    @Test
    void theNameBeforeATaskInsideAFrameIsADataset() {
        assertEquals(List.of("Zorb07:dataset", "TAG:task"),
                typed("It reaches 88.4 F1 on the Zorb07 TAG task and beats the baselines.", List.of(), List.of(),
                        List.of("TAG")));
        assertEquals(List.of("Zorb07 TAG:task"),
                typed("It reaches 88.4 F1 on the Zorb07 TAG task.", List.of(), List.of(), List.of("Zorb07 TAG")),
                "a task that opens with the name is left to the task's own rule");
        assertEquals(List.of("OwlNet:method", "TAG:task"),
                typed("We use OwlNet. It reaches 88.4 F1 on OwlNet TAG.", List.of("OwlNet"), List.of(),
                        List.of("TAG")), "the part before the task is a method of the paper");
        assertEquals(List.of("TAG:task"),
                typed("It reaches 88.4 F1 with Zorb07 TAG.", List.of(), List.of(), List.of("TAG")),
                "no value frame");
    }

    @Test
    void aNameWithASplitAfterAValueIsADatasetEvenIfTypedAsAMethod() {
        assertEquals(List.of("GullMaps:dataset"),
                typed("Our model reaches a mIoU of 61.5% on the GullMaps validation set.", List.of("GullMaps"),
                        List.of()));
        assertEquals(List.of("GullNet:method"),
                typed("Our model reaches a mIoU of 61.5% on the GullNet backbone.", List.of("GullNet"), List.of()),
                "no split after the name");
        assertEquals(List.of("GullNet:method"),
                typed("GullNet reaches 61.5% mIoU; the GullNet validation set is small.", List.of("GullNet"),
                        List.of()), "the split is not in the value's frame");
    }

    @Test
    void anOpeningPhraseClosedByAChallengeNamesADataset() {
        assertEquals(List.of("WBL 2.0:dataset"),
                typed("On WBL 2.0 [7] open ended challenge, our model achieves 58.1% accuracy.", List.of(),
                        List.of()));
        assertEquals(List.of(),
                typed("On WOB tagging task, our model achieves 58.1% accuracy.", List.of(), List.of()),
                "a task is no benchmark");
        assertEquals(List.of(),
                typed("On WBL 2.0 [7] open ended challenge, our model is strong.", List.of(), List.of()),
                "no value in the sentence");
    }
}
