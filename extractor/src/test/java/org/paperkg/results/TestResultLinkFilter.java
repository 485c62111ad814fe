package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;

class TestResultLinkFilter {

    private final ResultLinkFilter filter = new ResultLinkFilter(MetricLexicon.load());

    private static PaperLink link(Relation r, String label) {
        return new PaperLink("p", r, label.toLowerCase(), label, "", -1, -1, "test", 0.8);
    }

    private boolean method(String label) {
        return filter.methodUsable(link(Relation.PROPOSES_METHOD, label), List.of(label), "");
    }

    @Test
    void proposedMethodsMustBeOneNamedMethod() {
        assertTrue(method("GlimmerNet"));
        assertTrue(method("Explainable Quokka Assessor"));
        assertFalse(method("Spiking Neural Networks"));
        assertFalse(method("vision-language models"));
        assertFalse(method("residual separable model"));
        assertFalse(method("Average Symmetric Surface Distance"));
        assertTrue(method("GlimmerNet models"), "a made name stays");
        assertTrue(filter.methodUsable(link(Relation.PROPOSES_METHOD, "glimmer pruning"),
                List.of("glimmer pruning", "GP"), ""), "a lower-case label with a written name");
        assertFalse(filter.methodUsable(link(Relation.PROPOSES_METHOD, "QLS"), List.of("QLS"),
                "It reaches 86.4 QLS on Alfa-Set."), "a name written after a number is a metric");
        assertTrue(filter.methodUsable(link(Relation.PROPOSES_METHOD, "QLSNet"), List.of("QLSNet"),
                "It stacks 12 QLSNet layers."), "a count is no score");
        assertFalse(filter.methodUsable(link(Relation.USES_METHOD, "PCR"), List.of("PCR"),
                "We report the mean absolute error and the Pearson correlation (PCR) of OtterNet."),
                "the short form defined for a metric's name is that metric");
        assertFalse(filter.methodUsable(link(Relation.USES_METHOD, "PCR"), List.of("PCR"),
                "OtterNet reaches a \\textbf{Pearson correlation (PCR) of 0.83}."), "also inside LaTeX markup");
        assertTrue(filter.methodUsable(link(Relation.USES_METHOD, "KGT"), List.of("KGT"),
                "We build on the Kelp Graph Transformer (KGT) and report its accuracy."), "a method's short form");
    }

    @Test
    void lowerCaseProposedMethodsAreDescriptions() {
        PaperLink staged = link(Relation.PROPOSES_METHOD, "staged kelp decoder");
        assertTrue(filter.describesMethod(staged, List.of("staged kelp decoder"), ""));
        assertFalse(filter.describesMethod(link(Relation.USES_METHOD, "staged kelp decoder"),
                List.of("staged kelp decoder"), ""), "a method the paper uses");
        assertFalse(filter.describesMethod(link(Relation.PROPOSES_METHOD, "GlimmerNet decoder"),
                List.of("GlimmerNet decoder"), ""), "a name");
        assertFalse(filter.describesMethod(link(Relation.PROPOSES_METHOD, "pruning"), List.of("pruning"), ""));
        assertFalse(filter.describesMethod(link(Relation.PROPOSES_METHOD, "state-of-the-art kelp decoder"),
                List.of("state-of-the-art kelp decoder"), ""), "others' work");
        assertFalse(filter.describesMethod(staged, List.of("staged kelp decoder"),
                "Features from the staged kelp decoder backbone are pooled."), "a backbone");
    }

    @Test
    void datasetsMustNotBeMetricsTasksMethodsOrTheSystem() {
        String text = "Title\n\nWe test FoxNav on Alfa-Set. FoxNav improves navigation on Alfa-Set.";
        PaperLink alfa = link(Relation.USES_DATASET, "Alfa-Set");
        PaperLink system = link(Relation.USES_DATASET, "FoxNav");
        PaperLink metric = link(Relation.USES_DATASET, "NTL-IoU");
        PaperLink split = link(Relation.USES_DATASET, "test set");
        List<PaperLink> links = List.of(alfa, system, metric, split, link(Relation.PROPOSES_METHOD, "FoxNav-R"));
        assertTrue(filter.datasetUsable(alfa, List.of("Alfa-Set"), links, text));
        assertFalse(filter.datasetUsable(system, List.of("FoxNav"), links, text));
        assertFalse(filter.datasetUsable(metric, List.of("NTL-IoU"), links, text));
        assertFalse(filter.datasetUsable(split, List.of("test set"), links, text));
        assertFalse(filter.datasetUsable(link(Relation.USES_DATASET, "Quokka-7B"), List.of("Quokka-7B"), links, text),
                "a model");
        assertFalse(filter.datasetUsable(link(Relation.USES_DATASET, "newly collected set of bird calls"),
                List.of(), links, text), "a description");
        PaperLink net = link(Relation.USES_DATASET, "NetSet");
        assertTrue(filter.datasetUsable(net, List.of("NetSet"), List.of(net),
                "T\n\nA model trained on NetSet achieves 80.1% accuracy."), "after 'on' the name is no subject");
        PaperLink task = link(Relation.USES_DATASET, "KGQA");
        assertFalse(filter.datasetUsable(task, List.of("KGQA"),
                List.of(task, link(Relation.ADDRESSES_TASK, "KGQA")), text), "also a task of the paper");
    }

    @Test
    void aMadeNameWithItsSettingIsNoDescription() {
        String text = "T\n\nOwlNet reaches 61.3% mAP on the private KestrelFlow testset.";
        List<PaperLink> none = List.of();
        assertTrue(filter.datasetUsable(link(Relation.USES_DATASET, "private KestrelFlow testset"),
                List.of("private KestrelFlow testset"), none, text), "a made name before a data noun");
        assertTrue(filter.datasetUsable(link(Relation.USES_DATASET, "ZORB 2031 video owl tracking benchmark"),
                List.of("ZORB 2031 video owl tracking benchmark"), none, text), "capitals open the name");
        assertFalse(filter.datasetUsable(link(Relation.USES_DATASET, "private KestrelFlow images of owls"),
                List.of(), none, text), "no data noun closes it");
        assertFalse(filter.datasetUsable(link(Relation.USES_DATASET, "newly annotated 790-image dataset"),
                List.of(), none, text), "a count is no made name");
        assertFalse(filter.datasetUsable(link(Relation.USES_DATASET, "large set of Owl and Gull recordings dataset"),
                List.of(), none, text), "capitalised plain words are no made name");
    }

    @Test
    void protocolsAndBackbonesAreNoMethodsAndMappingsNoDatasets() {
        assertFalse(filter.methodUsable(link(Relation.PROPOSES_METHOD, "LOSO"), List.of("LOSO"),
                "T\n\nWe use leave-one-site-out (LOSO) validation on Alfa-Set."), "a validation protocol");
        assertFalse(filter.methodUsable(link(Relation.PROPOSES_METHOD, "GlimmerNet"), List.of("GlimmerNet"),
                "T\n\nOur approach uses features from the GlimmerNet backbone."), "the backbone it is built on");
        assertTrue(filter.methodUsable(link(Relation.PROPOSES_METHOD, "GlimmerNet"), List.of("GlimmerNet"),
                "T\n\nOur GlimmerNet backbone reaches 84.2% accuracy."), "the paper's own backbone");
        PaperLink mapping = link(Relation.USES_DATASET, "sketch-to-mesh");
        assertFalse(filter.datasetUsable(mapping, List.of("sketch-to-mesh"), List.of(mapping),
                "T\n\nIn the sketch-to-mesh task, it reduces the error to 2.1."), "a task");
    }

    @Test
    void aLabelSchemeIsNoMeasuredDataset() {
        PaperLink scheme = link(Relation.USES_DATASET, "Emu Open Dataset");
        assertFalse(filter.datasetUsable(scheme, List.of("Emu Open Dataset"), List.of(scheme),
                "T\n\nBenchmarked on Alfa-Set against the Emu Open Dataset (EOD-2) taxonomy, it reaches 0.9."));
        assertTrue(filter.datasetUsable(scheme, List.of("Emu Open Dataset"), List.of(scheme),
                "T\n\nOn the Emu Open Dataset (EOD-2), it reaches 0.9."));
    }
}
