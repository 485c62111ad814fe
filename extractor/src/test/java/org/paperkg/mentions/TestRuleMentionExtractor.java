package org.paperkg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.papers.PaperRecord;

/** Rules on invented abstracts; one CoreNLP pipeline for the class. */
class TestRuleMentionExtractor {

    private static RuleMentionExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new RuleMentionExtractor(Vocabulary.of(Map.of("sprocket alignment", EntityType.TASK)));
    }

    private static PaperRecord paper(String title, String abs) {
        return new PaperRecord("k", title, abs, null, null, null, null, null, null, null, null, null, false);
    }

    private static Optional<Mention> find(List<Mention> ms, String text, EntityType type) {
        return ms.stream().filter(m -> m.text().equals(text) && m.type() == type).findFirst();
    }

    @Test
    void acronymDefinitionsBothWaysAndContribution() {
        PaperRecord p = paper("Folded Attention for Widget Ranking",
                "Widget ranking is hard for existing recommender systems. In this paper, we propose folded attention "
                        + "networks (FANs), a neural architecture for widget ranking. We compare FANs with GBDT "
                        + "(gradient boosted decision trees) on the WidgetBench-7 dataset and on CIFAR-10.");
        List<Mention> ms = extractor.extract(p);
        Mention fan = find(ms, "folded attention networks", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals("FANs", fan.acronym());
        assertEquals(MentionRole.CONTRIBUTED, fan.role());
        assertEquals(p.fullText().substring(fan.charStart(), fan.charEnd()), fan.text());
        assertTrue(find(ms, "FANs", EntityType.METHOD).isPresent(), ms.toString());
        assertTrue(find(ms, "gradient boosted decision trees", EntityType.METHOD).isPresent(), ms.toString());
        assertTrue(find(ms, "WidgetBench-7", EntityType.DATASET).isPresent(), ms.toString());
        assertTrue(find(ms, "CIFAR-10", EntityType.DATASET).isPresent(), "name kept whole and typed by context: " + ms);
        assertTrue(find(ms, "widget ranking", EntityType.TASK).isPresent()
                || find(ms, "Widget Ranking", EntityType.TASK).isPresent(), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().equalsIgnoreCase("existing recommender systems")),
                "evaluative modifiers are dropped: " + ms);
    }

    @Test
    void titleNameIsTheContributionAndDatasetTitlesIntroduceDatasets() {
        List<Mention> ms = extractor.extract(paper("Gizmoset: A Benchmark Suite for Sprocket Alignment",
                "We release Gizmoset, a collection of tasks for sprocket alignment."));
        Mention g = find(ms, "Gizmoset", EntityType.DATASET).orElseThrow(() -> new AssertionError(ms));
        assertEquals(MentionRole.CONTRIBUTED, g.role());
        assertTrue(ms.stream().anyMatch(m -> m.rule().equals("vocabulary") && m.type() == EntityType.TASK), ms.toString());
    }

    @Test
    void modifierPhrasesAreNoNamesHoweverHyphenated() {
        List<Mention> ms = extractor.extract(paper("Sprocket Nets Reach the State of the Art",
                "We propose Sprocket Nets. We achieve a new state-of-the art for gizmo agents on WidgetBench-7, "
                        + "beating State-of-the Art baselines and pre trained gizmo encoders by a wide margin."));
        assertFalse(ms.stream().anyMatch(m -> m.text().toLowerCase().replaceAll("[\\s-]+", " ")
                .startsWith("state of the")), ms.toString());
    }

    @Test
    void usedMethodsStayUsed() {
        List<Mention> ms = extractor.extract(paper("On the Stability of Widget Ranking",
                "We analyse the stability of widget ranking. We train gradient boosted decision trees and "
                        + "random forests, and show that stochastic gradient descent converges."));
        assertTrue(ms.stream().filter(m -> m.type() == EntityType.METHOD)
                .allMatch(m -> m.role() == MentionRole.USED), ms.toString());
        assertTrue(find(ms, "stochastic gradient descent", EntityType.METHOD).isPresent(), ms.toString());
    }

    @Test
    void coordinationSharesTheHead() {
        List<Mention> ms = extractor.extract(paper("Gizmos",
                "We study gizmo and sprocket distillation for widget ranking."));
        assertTrue(find(ms, "gizmo distillation", EntityType.METHOD).isPresent()
                || ms.stream().anyMatch(m -> m.rule().equals("coordination")), ms.toString());
        assertTrue(find(ms, "sprocket distillation", EntityType.METHOD).isPresent(), ms.toString());
    }

    @Test
    void dataFromAStudyIsADataset() {
        List<Mention> ms = extractor.extract(paper("Widget Survival",
                "We illustrate the model using data from a sprocket failure study and a gizmo wear trial."));
        assertTrue(find(ms, "sprocket failure study", EntityType.DATASET).isPresent(), ms.toString());
        assertTrue(find(ms, "gizmo wear trial", EntityType.DATASET).isPresent(), ms.toString());
    }

    @Test
    void emptyAbstract() {
        assertTrue(extractor.extract(paper("Notes", "")).stream().allMatch(m -> m.charEnd() <= 5));
        assertEquals("rules", extractor.name());
    }

    @Test
    void namesInDatasetListsAndAppositionsAreDatasets() {
        List<Mention> ms = extractor.extract(paper("Sparse Gadgets for Ranking",
                "Experiments on benchmarks, including Quarrel-3 and KiteSet, show gains. Results are shown on "
                        + "three datasets, including Pondweed-1 (images), Mossbank-2 (text) and Fernhill-3. We test on "
                        + "the Alder-5, Rowan-6, and Hazel-7 datasets. We also present GadgetQA, a comprehensive "
                        + "benchmark for gadget reasoning. Our agent is evaluated on Zorbsim continuous control tasks."));
        for (String name : List.of("Quarrel-3", "KiteSet", "Pondweed-1", "Mossbank-2", "Fernhill-3", "Alder-5",
                "Rowan-6", "Hazel-7", "GadgetQA", "Zorbsim")) {
            assertTrue(find(ms, name, EntityType.DATASET).isPresent(), name + " as a dataset: " + ms);
            assertFalse(find(ms, name, EntityType.METHOD).isPresent(), name + " not as a method: " + ms);
        }
        assertEquals(MentionRole.CONTRIBUTED, find(ms, "GadgetQA", EntityType.DATASET).orElseThrow().role());
        List<Mention> subject = extractor.extract(paper("Gadget Ranking Revisited",
                "On each dataset GizmoNet outperforms the baselines. The public dataset Quillbank has many gadgets."));
        assertFalse(find(subject, "GizmoNet", EntityType.DATASET).isPresent(), "a subject is no dataset: " + subject);
        assertTrue(find(subject, "Quillbank", EntityType.DATASET).isPresent(), subject.toString());
        assertEquals(MentionRole.USED, find(ms, "Zorbsim", EntityType.DATASET).orElseThrow().role(),
                "a dataset after 'our X ... on' is used, not introduced: " + ms);
    }

    @Test
    void fragmentsAndGenericPhrasesAreNoNames() {
        List<Mention> ms = extractor.extract(paper("Gadget Ranking with Folded Trees",
                "We compare large language models, a frontier LLM and smaller model architectures with our "
                        + "TRAck to DEtect scheme, which is Quill-trained and uses Zeta-aware features. Code is at "
                        + "projects/gadget.html and the trial NCT01234567 is registered. We report AUCs of Gizmo-2 "
                        + "and Gizmo-3."));
        for (String bad : List.of("large language models", "frontier LLM", "smaller model architectures", "TRAck",
                "DEtect", "Quill-trained", "Zeta-aware", "projects/gadget.html", "NCT01234567", "AUCs")) {
            assertFalse(ms.stream().anyMatch(m -> m.text().contains(bad)), bad + " is no entity: " + ms);
        }
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Gizmo-3")),
                "'A and B.' with names is not a citation: " + ms);
    }

    @Test
    void passiveProposalMarksTheSubjectButNotEarlierWork() {
        List<Mention> ms = extractor.extract(paper("Sparse Gadgets for Ranking",
                "Gadget ranking is slow. Inspired by gradient boosted trees, a folded widget encoder is proposed to "
                        + "rank gadgets. Many ranking networks have been proposed before."));
        Mention enc = find(ms, "folded widget encoder", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals(MentionRole.CONTRIBUTED, enc.role());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("gradient boosted") && m.role() == MentionRole.CONTRIBUTED),
                ms.toString());
    }

    private static boolean contributed(List<Mention> ms, String text) {
        return ms.stream().anyMatch(m -> m.type() == EntityType.METHOD && m.text().equals(text)
                && m.role() == MentionRole.CONTRIBUTED);
    }

    @Test
    void aNovelPhraseIsTheContributionWhateverItsHead() {
        List<Mention> ms = extractor.extract(paper("Calibrated Widget Forecasts",
                "We forecast widget sales with a rule that, unlike earlier rankers, relies on a novel adaptive "
                        + "tiling of the sprocket space. Here we also apply a new, nonparametric, gizmo-weighted "
                        + "discrepancy to the forecasts. Gadget makers have long sought a new perspective on sales."));
        assertTrue(contributed(ms, "adaptive tiling of the sprocket space"), ms.toString());
        assertTrue(contributed(ms, "gizmo-weighted discrepancy"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("perspective")), ms.toString());
    }

    @Test
    void aNewPhraseOutsideTheAuthorsSentencesIsNoContribution() {
        List<Mention> ms = extractor.extract(paper("Widget Forecasts",
                "Gadget makers recently adopted a new sprocket-weighted discrepancy. We study its bias."));
        assertFalse(contributed(ms, "sprocket-weighted discrepancy"), ms.toString());
    }

    @Test
    void theObjectOfAContributionVerbIsContributedWhateverItsHead() {
        List<Mention> ms = extractor.extract(paper("Safe Widget Ranking",
                "In this work, we propose a predictive sprocket shield for gadget rankers. We present a "
                        + "survey of widget ranking and develop a vision based ranker."));
        assertTrue(contributed(ms, "predictive sprocket shield"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("survey")), ms.toString());
        assertFalse(contributed(ms, "vision"), ms.toString());
    }

    @Test
    void aNameDefinedAfterANewGenericHeadIsTheContributedMethod() {
        List<Mention> ms = extractor.extract(paper("Widget Exploration",
                "Sprocket exploration (SE) is jerky on real gadgets. We extend SE, which leads to a new exploration "
                        + "method generalized sprocket exploration (gSE). We test gSE on two gadgets."));
        assertTrue(contributed(ms, "generalized sprocket exploration"), ms.toString());
        assertTrue(contributed(ms, "gSE"), ms.toString());
    }

    @Test
    void theMeansNamedInATitleIsTheContribution() {
        List<Mention> ms = extractor.extract(paper("Gizmo Ranking via Folded Sprocket Networks",
                "Gizmo ranking is slow. We propose a two-stage sprocket ranking network for it."));
        assertTrue(contributed(ms, "Folded Sprocket Networks"), ms.toString());
    }

    @Test
    void aSecondVerbOfTheSameWeIsAContributionCue() {
        List<Mention> ms = extractor.extract(paper("Widget Risks",
                "We formalize the problem of controlling several widget risks with user-given priorities, and "
                        + "introduce two dynamic sprocket programming algorithms for it."));
        assertTrue(contributed(ms, "dynamic sprocket programming algorithms"), ms.toString());
    }

    @Test
    void aParticipleAfterTheHeadEndsThePhrase() {
        List<Mention> ms = extractor.extract(paper("Widget Tuning",
                "We develop a post-ranking framework combining sprocket fine-tuning and gizmo distillation."));
        assertTrue(contributed(ms, "post-ranking framework"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("framework combining")), ms.toString());
    }

    @Test
    void aSystemThatWasDevelopedIsContributedButNotWhatItIsBasedOn() {
        List<Mention> ms = extractor.extract(paper("Automated Gizmo Reading in Practice",
                "Gizmo reading is slow. GizmoReader-XR, a gizmo reading system based on the SprocketNet-7 "
                        + "model, was developed and validated in a prospective trial. The Widget-Q tool was "
                        + "proposed in 2019."));
        assertTrue(contributed(ms, "GizmoReader-XR"), ms.toString());
        assertFalse(contributed(ms, "SprocketNet-7"), ms.toString());
        assertFalse(contributed(ms, "Widget-Q"), ms.toString());
    }

    @Test
    void enumeratedComponentsOfTheContributionAreContributed() {
        List<Mention> ms = extractor.extract(paper("Widget Judging at Scale",
                "We introduce Gizmo Widget Judging (GWJ), a framework for widget evaluation. GWJ combines three "
                        + "components: (i) SprocCal-X, a calibration of scores via monotone spline regression; (ii) "
                        + "GadStab-Q, a stabilization of weights; and (iii) a Cog-Variance Corrector for the scores. "
                        + "Earlier systems combine two parts: (a) FooRank-B and (b) BarRank-C."));
        assertTrue(contributed(ms, "SprocCal-X"), ms.toString());
        assertTrue(contributed(ms, "GadStab-Q"), ms.toString());
        assertTrue(contributed(ms, "Cog-Variance Corrector"), ms.toString());
        assertFalse(contributed(ms, "monotone spline regression"), ms.toString());
        assertFalse(contributed(ms, "FooRank-B"), ms.toString());
    }

    @Test
    void aTitleOpeningInLowerCaseNamesTheContribution() {
        List<Mention> ms = extractor.extract(paper("q-tiling: Rethinking Widget Forecasts with Bounded Sprockets",
                "We propose a forecasting framework for widgets called q-tiling."));
        assertTrue(contributed(ms, "q-tiling"), ms.toString());
    }

    private static boolean hasTask(List<Mention> ms, String text) {
        return ms.stream().anyMatch(m -> m.type() == EntityType.TASK && m.text().equalsIgnoreCase(text));
    }

    @Test
    void genericGerundsAreNoTasksButTaskGerundsAre() {
        List<Mention> ms = extractor.extract(paper("Sprocket Rankers",
                "We give a rule for selecting widget thresholds and a routine for incorporating gizmo priors. "
                        + "The ranker is also used for detecting broken sprockets."));
        assertFalse(hasTask(ms, "selecting widget thresholds"), ms.toString());
        assertFalse(hasTask(ms, "incorporating gizmo priors"), ms.toString());
        assertTrue(hasTask(ms, "detecting broken sprockets"), ms.toString());
    }

    @Test
    void evaluativeModifiersAndPluralOutputsMakeNoTask() {
        List<Mention> ms = extractor.extract(paper("Gizmo Defect Detection",
                "Existing rankers give poor gizmo defect detection and unstable widget predictions. "
                        + "We aim at safe predictions and tight control, and report retrospective analyses "
                        + "and unlabeled gizmo transfers."));
        assertTrue(hasTask(ms, "gizmo defect detection"), ms.toString());
        assertFalse(hasTask(ms, "poor gizmo defect detection"), ms.toString());
        assertFalse(hasTask(ms, "unstable widget predictions"), ms.toString());
        assertFalse(hasTask(ms, "safe predictions"), ms.toString());
        assertFalse(hasTask(ms, "tight control"), ms.toString());
        assertFalse(hasTask(ms, "retrospective analyses"), ms.toString());
        assertFalse(hasTask(ms, "unlabeled gizmo transfers"), ms.toString());
    }

    @Test
    void propertyProblemsAreNoTasksAndNaturalLanguageStays() {
        List<Mention> ms = extractor.extract(paper("Widget Matching",
                "Rankers suffer from the over-smoothed problem. We then train a sprocket ranker "
                        + "for natural language inference."));
        assertFalse(hasTask(ms, "over-smoothed problem"), ms.toString());
        assertTrue(hasTask(ms, "natural language inference"), ms.toString());
    }

    @Test
    void coinedAcronymLongFormsAreMethods() {
        List<Mention> ms = extractor.extract(paper("Widget Reasoning",
                "We propose Gizmo Reasoning Optimization with Sprocket Alignment (GROSA) for widget reasoning."));
        Mention m = find(ms, "Gizmo Reasoning Optimization with Sprocket Alignment", EntityType.METHOD)
                .orElseThrow(() -> new AssertionError(ms));
        assertEquals(MentionRole.CONTRIBUTED, m.role());
        assertFalse(hasTask(ms, "Gizmo Reasoning Optimization"), ms.toString());
    }

    @Test
    void commonTaskHeadsAndObjectNounsAreKept() {
        List<Mention> ms = extractor.extract(paper("Sprocket Networks for Gizmo Colorization",
                "We study code generation, time series forecasting, word sense disambiguation and content "
                        + "moderation with sprocket networks."));
        assertTrue(hasTask(ms, "Gizmo Colorization"), ms.toString());
        assertTrue(hasTask(ms, "code generation"), ms.toString());
        assertTrue(hasTask(ms, "time series forecasting"), ms.toString());
        assertTrue(hasTask(ms, "word sense disambiguation"), ms.toString());
        assertTrue(hasTask(ms, "content moderation"), ms.toString());
    }

    @Test
    void capitalisedNameAfterContributionVerbIsAMethod() {
        List<Mention> ms = extractor.extract(paper("Widgets in the Wild",
                "We propose Direct Gizmo Optimization (DGO) to rank widgets. DGO beats sprocket ranking."));
        Mention m = find(ms, "Direct Gizmo Optimization", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals(MentionRole.CONTRIBUTED, m.role());
        assertFalse(hasTask(ms, "DGO"), ms.toString());
    }

    @Test
    void fieldModifiersAndBayesianFamilies() {
        List<Mention> ms = extractor.extract(paper("Gizmo Ranking",
                "Sprocket rankers rely on statistical testing. We tune them with Bayesian optimization."));
        assertFalse(hasTask(ms, "statistical testing"), ms.toString());
        assertTrue(find(ms, "Bayesian optimization", EntityType.METHOD).isPresent(), ms.toString());
    }

    @Test
    void componentsClassReferencesAndPropertiesAreNoEntities() {
        List<Mention> ms = extractor.extract(paper("Braided Relays for Gadget Sorting",
                "Existing gadget segmentation methods learn rich visual representations in their output layers, "
                        + "but suffer from slow inference. We propose braided relays, a learned relay scheme. "
                        + "Experiments on Quill, Frobo-2 and Zentar models show gains; we train the relays using "
                        + "PeKO. We also report results on the Bramble-3 task and the Hollow dataset (v1 and v2)."));
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith("representations") || m.text().endsWith("layers")),
                "unnamed components are no methods: " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith("segmentation methods")), ms.toString());
        assertTrue(hasTask(ms, "gadget segmentation"), "a class of methods names its task: " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith("inference")), "a property is no task: " + ms);
        for (String model : List.of("Frobo-2", "PeKO")) {
            assertTrue(find(ms, model, EntityType.METHOD).isPresent(), model + " is a model: " + ms);
            assertFalse(find(ms, model, EntityType.DATASET).isPresent(), model + " is no dataset: " + ms);
        }
        assertTrue(find(ms, "Bramble-3", EntityType.DATASET).isPresent(), "a numbered task is data: " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.text().equalsIgnoreCase("v1") || m.text().equalsIgnoreCase("v2")),
                "version labels are no names: " + ms);
    }

    @Test
    void aNameIsTiedToThePhraseThatDescribesIt() {
        List<Mention> ms = extractor.extract(paper("Quorvex Technical Report: Graph Relay Networks for Gadget Sorting",
                "We present Brindle, a lightweight spectral relay model for gadget sorting. We also release Tamsin, a family "
                        + "of compact relay networks. Brindle and Tamsin outperform strong baselines."));
        assertTrue(find(ms, "Quorvex", EntityType.METHOD).isPresent(), "the document type is not the name: " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("Report")), ms.toString());
        Mention ranking = find(ms, "spectral relay model", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals("Brindle", ranking.acronym(), "an apposition describes the name before it");
        Mention family = find(ms, "compact relay networks", EntityType.METHOD).orElseThrow(() -> new AssertionError(ms));
        assertEquals("Tamsin", family.acronym(), "a family of models describes its name");
        assertTrue(ms.stream().filter(m -> m.text().equals("Tamsin")).allMatch(m -> m.type() == EntityType.METHOD),
                "a family of models is a method: " + ms);
    }

    @Test
    void aNamedModuleIsItsNameAndAdjectivalPartsAreNoMethods() {
        List<Mention> ms = extractor.extract(paper("Gadget Sorting with Relay Graphs",
                "Prior systems combine visual encoders and pretrained detectors. We add a compact WeftMix module that "
                        + "mixes relay graphs, and show that WeftMix improves gadget sorting."));
        assertTrue(find(ms, "WeftMix", EntityType.METHOD).isPresent(), "the name without its generic head: " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith("encoders") || m.text().endsWith("detectors")),
                "adjectives and a part noun name no method: " + ms);
    }

    @Test
    void aTaskHeadIsNotSharedAcrossConjunctsInRunningText() {
        List<Mention> ms = extractor.extract(paper("Widget Counting and Tracking",
                "The benchmark covers gadget memorization and visual sprocket reasoning over long clips."));
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("gadget memorization reasoning")), ms.toString());
    }

    @Test
    void aCapitalisedWordTaggedAsVerbStaysInsideAName() {
        List<Mention> ms = extractor.extract(paper("Sparse Widgets for Gadget Sorting",
                "We propose sparse widgets. Experiments are conducted on the Acme Sprocket Orders Dataset."));
        assertTrue(find(ms, "Acme Sprocket Orders", EntityType.DATASET).isPresent(), ms.toString());
    }

    @Test
    void whatTheContributionIsBasedOnIsUsed() {
        List<Mention> ms = extractor.extract(paper("Relay Models for Gadget Sorting",
                "We introduce QuillNet, a family of sorting models based on GraphSpan and PeKO-2 encoders."));
        assertTrue(contributed(ms, "QuillNet"), ms.toString());
        assertFalse(contributed(ms, "GraphSpan"), "the base model is used: " + ms);
    }

    @Test
    void understandingPerceptionAndMitigationNameTasksWithAFittingModifier() {
        List<Mention> ms = extractor.extract(paper("Relay Models for Gadget Sorting",
                "Our model is tested on sprocket understanding, multilingual understanding, widget perception and "
                        + "glitch mitigation. It gives a deeper understanding of relays."));
        for (String t : List.of("sprocket understanding", "multilingual understanding", "widget perception",
                "glitch mitigation")) {
            assertTrue(hasTask(ms, t), t + ": " + ms);
        }
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("deeper understanding")), ms.toString());
    }

    @Test
    void whatAWorkIsDoneViaIsAMethodWhateverItsHead() {
        List<Mention> ms = extractor.extract(paper("Gadget Sorting via Sparse Widget Routing and Relay Selection",
                "We sort gadgets using spectral sprocket calibration, and report a detailed analysis."));
        for (String m : List.of("Sparse Widget Routing", "Relay Selection", "spectral sprocket calibration")) {
            assertTrue(find(ms, m, EntityType.METHOD).isPresent(), m + ": " + ms);
            assertFalse(find(ms, m, EntityType.TASK).isPresent(), m + ": " + ms);
        }
    }

    @Test
    void aTitleNameTheAbstractCallsABenchmarkIsADataset() {
        List<Mention> ms = extractor.extract(paper("Sprockle: Do Models Really Sort Gadgets?",
                "We introduce Sprockle, a gadget-centric sorting benchmark grounded in hard widget tasks. "
                        + "Sprockle is hard for current models."));
        assertTrue(ms.stream().filter(m -> m.text().equals("Sprockle")).allMatch(m -> m.type() == EntityType.DATASET),
                ms.toString());
        assertTrue(find(ms, "Sprockle", EntityType.DATASET).isPresent(), ms.toString());
    }

    @Test
    void everyPlainWordNameInADatasetListIsADataset() {
        List<Mention> ms = extractor.extract(paper("Sparse Widgets for Gadget Sorting",
                "We propose sparse widgets. We evaluate our model on three datasets, namely, Qarnto, Brindlevales "
                        + "and Velmar. The results show competitive accuracy."));
        for (String d : List.of("Qarnto", "Brindlevales", "Velmar")) {
            assertTrue(find(ms, d, EntityType.DATASET).isPresent(), d + ": " + ms);
        }
    }
}
