package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.papers.PaperRecord;

/** The split and the dataset's written name of results, from invented abstracts. */
class TestEvaluationSplits {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    /** Results of an abstract with links "RELATION:Label"; {@code aliases} gives a label's other names. */
    private static List<ResultClaim> extract(String abstractText, Map<String, List<String>> aliases, String... links) {
        PaperRecord paper = new PaperRecord("2501.00002", "A Test Paper", abstractText, List.of(), null, null, null,
                "2501.00002", null, null, List.of(), List.of(), false);
        List<PaperLink> ls = new ArrayList<>();
        for (String l : links) {
            String[] f = l.split(":", 2);
            ls.add(new PaperLink(paper.key(), Relation.valueOf(f[0]), f[1].toLowerCase().replace(' ', '-'), f[1], "",
                    -1, -1, "test", 0.8));
        }
        return extractor.extract(paper, ls, link -> {
            List<String> names = new ArrayList<>(aliases.getOrDefault(link.entityLabel(), List.of()));
            names.add(link.entityLabel());
            return names;
        });
    }

    private static List<ResultClaim> extract(String abstractText, String... links) {
        return extract(abstractText, Map.of(), links);
    }

    private static ResultClaim valued(List<ResultClaim> results, String value) {
        return results.stream().filter(r -> r.value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no result " + value + " in " + results));
    }

    @Test
    void aSplitWrittenAfterTheDatasetIsKept() {
        List<ResultClaim> r = extract("GlimmerNet reaches 51.2 AP on Quokka-Det test-dev.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Det");
        assertEquals("test-dev", valued(r, "51.2").split());
        assertNull(valued(r, "51.2").datasetAsWritten(), "written as its label");
        r = extract("GlimmerNet reaches 81.0% accuracy on the Quokka-QA validation set.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA");
        assertEquals("validation", valued(r, "81.0").split());
    }

    @Test
    void aListOfSettingsIsPairedWithTheValuesInOrder() {
        List<ResultClaim> r = extract("For Owlset-60 X-Sub/X-View GlimmerNet scores 77.3%/86.8% accuracy.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Owlset-60");
        assertEquals("X-Sub", valued(r, "77.3").split());
        assertEquals("X-View", valued(r, "86.8").split());
        r = extract("On the cross-subject and cross-view benchmarks of Owlset-60, GlimmerNet reaches 90.2% and 95.1% "
                + "accuracy, respectively.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Owlset-60");
        assertEquals("cross-subject", valued(r, "90.2").split());
        assertEquals("cross-view", valued(r, "95.1").split());
        r = extract("On Owlset-60, GlimmerNet reaches 90.2% and 95.1% accuracy on the X-Sub and X-View settings, "
                + "respectively.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Owlset-60");
        assertEquals("X-Sub", valued(r, "90.2").split());
        assertEquals("X-View", valued(r, "95.1").split());
    }

    @Test
    void aListThatDoesNotPairGivesWayToTheSplitBesideTheValue() {
        List<ResultClaim> r = extract("On Owlset Part I/Part II, GlimmerNet gains 2.4% accuracy on Part II alone.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Owlset");
        assertEquals("Part II", valued(r, "2.4").split());
    }

    @Test
    void resolutionsAndSizesAreWrittenOneWay() {
        List<ResultClaim> r = extract("GlimmerNet gets an FID of 3.47 on Quokka-Img $256\\times 256$ in four steps.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Img");
        assertEquals("256x256", valued(r, "3.47").split());
        r = extract("On Quokka-Img 512$^2$, GlimmerNet attains an FID of 3.10.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Img");
        assertEquals("512x512", valued(r, "3.10").split());
        r = extract("GlimmerNet scores 68.2% accuracy on Owl-Bench 8K.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Owl-Bench");
        assertEquals("8K", valued(r, "68.2").split());
    }

    @Test
    void aSplitInTheValuesClauseBeforeIt() {
        List<ResultClaim> r = extract("Using clips of the Quokka-Vid dataset, in the test split GlimmerNet reaches 31.08 "
                + "dB PSNR.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Vid");
        assertEquals("test", valued(r, "31.08").split());
    }

    @Test
    void aSplitNamedAfterTheValue() {
        List<ResultClaim> r = extract("With clips from the Quokka-Vid dataset, GlimmerNet reaches 31.08 dB PSNR on the "
                + "test set.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Vid");
        assertEquals("test", valued(r, "31.08").split());
    }

    @Test
    void noSplitWithoutOne() {
        List<ResultClaim> r = extract("GlimmerNet reaches 60% accuracy on Quokka-QA test results and 70% accuracy on "
                + "Emu-QA, easy to reproduce.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA",
                "USES_DATASET:Emu-QA");
        r.forEach(x -> assertNull(x.split(), x.toString()));
        r = extract("GlimmerNet improves accuracy by 3.1% on Quokka-QA with test-time adaptation.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA");
        r.forEach(x -> assertNull(x.split(), x.toString()));
    }

    @Test
    void aReleaseTheEntityFoldsIsKeptAsWritten() {
        List<ResultClaim> r = extract("GlimmerNet improves by +5.71 mAP on Kestrelv2 and by +2.09 mAP on Emu-Det.",
                Map.of("Kestrel", List.of("Kestrelv2")), "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Kestrel",
                "USES_DATASET:Emu-Det");
        assertEquals("Kestrelv2", valued(r, "5.71").datasetAsWritten());
        assertEquals("Kestrel", valued(r, "5.71").dataset().entityLabel());
        assertNull(valued(r, "2.09").datasetAsWritten());
        r = extract("GlimmerNet reaches 60% accuracy on Quokka QA.", Map.of("Quokka-QA", List.of("Quokka QA")),
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA");
        assertNull(valued(r, "60").datasetAsWritten(), "another punctuation is the same name");
        r = extract("GlimmerNet reaches 61% accuracy on the Quokka QA dataset.",
                Map.of("Quokka-QA", List.of("Quokka QA dataset")), "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA");
        assertNull(valued(r, "61").datasetAsWritten(), "a generic tail is no other name");
        r = extract("On the Quokka benchmark, GlimmerNet reaches 63% accuracy.", "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Quokka benchmark");
        assertNull(valued(r, "63").datasetAsWritten(), "nor is one the label has and the sentence not");
        r = extract("On the Kestrel Question Bank (KQB), GlimmerNet reaches 62% accuracy on KQB.",
                Map.of("Kestrel Question Bank", List.of("KQB")), "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Kestrel Question Bank");
        assertNull(valued(r, "62").datasetAsWritten(), "the sentence writes the label too");
    }

    @Test
    void aMetricNamedBeforeTheValuesClauseOpens() {
        List<ResultClaim> r = extract("GlimmerNet lowers FID, while reaching 2.31 on Quokka-Img.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-Img");
        r.forEach(x -> assertNull(x.split(), x.toString()));
    }

    @Test
    void resolutionsNormalise() {
        assertEquals("256x256", EvaluationSplits.normalise("$256\\times 256$"));
        assertEquals("64x64", EvaluationSplits.normalise("64$^2$"));
        assertEquals("Part II", EvaluationSplits.normalise("Part  II"));
    }
}
