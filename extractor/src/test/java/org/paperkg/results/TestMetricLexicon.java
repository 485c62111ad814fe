package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TestMetricLexicon {

    @Test
    void packagedListIsWellFormedAndKeysAreUnique() {
        MetricLexicon lexicon = MetricLexicon.load();
        Set<String> keys = new HashSet<>();
        for (Metric m : lexicon.metrics()) {
            assertTrue(keys.add(m.key()), "one key " + m.key());
            assertTrue(m.key().matches("[a-z0-9-]+"), m.key());
        }
        assertTrue(keys.size() > 40);
        assertEquals(Direction.LOWER_IS_BETTER, lexicon.byName("Word Error Rate").orElseThrow().direction());
        assertEquals("top-1-accuracy", lexicon.byName("Top 1 Accuracy").orElseThrow().key());
    }

    @Test
    void generalNamesOfErrorRatesAndHyphenatedUnits() {
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("bits-per-character", lexicon.matchAt(new String[] {"bits-per-character"}, 0).metric().key());
        assertEquals("hter", lexicon.matchAt(new String[] {"HTER"}, 0).metric().key());
        assertEquals(Direction.LOWER_IS_BETTER, lexicon.byKey("acer").orElseThrow().direction());
        // depth estimation's squared relative error, named beside AbsRel ("Abs Rel and Sq Rel by a% and b%")
        assertEquals("sq-rel", lexicon.matchAt(new String[] {"Sq", "Rel"}, 0).metric().key());
        assertEquals(Direction.LOWER_IS_BETTER, lexicon.byKey("sq-rel").orElseThrow().direction());
        String[] testSet = {"test", "set", "error", "rate"};
        assertEquals("error-rate", lexicon.matchAt(testSet, 0).metric().key());
        assertEquals(4, lexicon.matchAt(testSet, 0).end());
        assertEquals("phone-error-rate", lexicon.matchAt(new String[] {"phone", "error", "rate"}, 0).metric().key());
        // a bare "error" names too many other errors (rotation, hardness, a normalised mean error)
        assertNull(lexicon.matchAt(new String[] {"error"}, 0));
    }

    @Test
    void namesWithAnAtSignMatchAsOneTokenOrAsTheTokenizerCutsThem() {
        MetricLexicon lexicon = MetricLexicon.load();
        String[] cut = {"Recall", "@", "1", "scores"};
        assertEquals("recall-at-1", lexicon.matchAt(cut, 0).metric().key());
        assertEquals(3, lexicon.matchAt(cut, 0).end());
        assertEquals("recall-at-1", lexicon.matchAt(new String[] {"Recall@1"}, 0).metric().key());
    }

    @Test
    void longestAliasWinsAndShortCapitalsMatchTheirCaseOnly() {
        MetricLexicon lexicon = MetricLexicon.load();
        String[] words = {"top-1", "accuracy", "is", "IS", "ap", "AP"};
        assertEquals(2, lexicon.matchAt(words, 0).end());
        assertNull(lexicon.matchAt(words, 2), "the word 'is'");
        assertEquals("inception-score", lexicon.matchAt(words, 3).metric().key());
        assertNull(lexicon.matchAt(words, 4));
        assertEquals("ap", lexicon.matchAt(words, 5).metric().key());
    }

    @Test
    void trackingOverlapPluralReciprocalRankAndLowerCasePerplexity() {
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("eao", lexicon.matchAt(new String[] {"EAO"}, 0).metric().key());
        assertEquals("eao", lexicon.matchAt(new String[] {"expected", "average", "overlap"}, 0).metric().key());
        assertEquals("mrr", lexicon.matchAt(new String[] {"MRRs"}, 0).metric().key());
        assertEquals("perplexity", lexicon.matchAt(new String[] {"ppl"}, 0).metric().key());
        String[] face = {"face", "verification", "accuracy"};
        assertEquals("accuracy", lexicon.matchAt(face, 0).metric().key());
        assertEquals(3, lexicon.matchAt(face, 0).end());
    }

    @Test
    void edgeDetectionOdsRankCorrelationsAndInteractiveSegmentationAtSixtySeconds() {
        MetricLexicon lexicon = MetricLexicon.load();
        // the F-measure at the optimal dataset scale, as edge detectors report it ("an ODS of 0.81")
        assertEquals("f1", lexicon.matchAt(new String[] {"ODS"}, 0).metric().key());
        assertEquals("f1", lexicon.matchAt(new String[] {"ODS", "F-score"}, 0).metric().key());
        assertNull(lexicon.matchAt(new String[] {"ods"}, 0), "a short name written in capitals matches only so");
        assertEquals("spearman", lexicon.matchAt(new String[] {"rank", "correlation"}, 0).metric().key());
        // Kendall's rank correlation is another coefficient: its longer name wins over "rank correlation"
        assertEquals("kendall", lexicon.matchAt(new String[] {"Kendall", "rank", "correlation"}, 0).metric().key());
        assertEquals("j-at-60", lexicon.matchAt(new String[] {"J@60"}, 0).metric().key());
        assertEquals("j-at-60", lexicon.byName("J@60s").orElseThrow().key());
        assertNull(lexicon.matchAt(new String[] {"J"}, 0), "a bare J names too many things");
        // J&F by its definition, the mean of region similarity (J) and contour accuracy (F)
        String[] defined = {"average", "of", "region", "similarity", "and", "contour", "accuracy"};
        assertEquals("j-and-f", lexicon.matchAt(defined, 0).metric().key());
    }

    @Test
    void hyphenatedEndPointErrorGluedF1ScoreAndPluralMapScores() {
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("epe", lexicon.matchAt(new String[] {"end-point-error"}, 0).metric().key());
        assertEquals("f1", lexicon.matchAt(new String[] {"F1score"}, 0).metric().key());
        String[] scores = {"MAP", "scores"};
        assertEquals("map", lexicon.matchAt(scores, 0).metric().key());
        assertEquals(2, lexicon.matchAt(scores, 0).end());
        assertEquals("accuracy", lexicon.matchAt(new String[] {"clustering", "accuracy"}, 0).metric().key());
        assertEquals("map", lexicon.matchAt(new String[] {"Average-mAP"}, 0).metric().key());
        // "MAP" alone stays unread: written so, it is also a maximum a posteriori estimate
        assertNull(lexicon.matchAt(new String[] {"MAP", "estimate"}, 0));
    }

    @Test
    void abbreviatedAverageF1AndMultiScaleSsim() {
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("f1", lexicon.matchAt(new String[] {"Avg-F1"}, 0).metric().key());
        assertEquals("map", lexicon.matchAt(new String[] {"avg-mAP"}, 0).metric().key());
        assertEquals("ms-ssim", lexicon.matchAt(new String[] {"MS-SSIM"}, 0).metric().key());
        assertEquals("ssim", lexicon.matchAt(new String[] {"SSIM"}, 0).metric().key(), "plain SSIM stays SSIM");
        assertEquals("macro-f1", lexicon.matchAt(new String[] {"macro-averaged", "F1"}, 0).metric().key());
        assertNull(lexicon.matchAt(new String[] {"avg"}, 0), "an average alone names no metric");
    }

    @Test
    void f1AtAnOverlapThresholdNgramBleuGleuAndLogicalFormAccuracy() {
        MetricLexicon lexicon = MetricLexicon.load();
        // action segmentation's F1 at an overlap threshold is no plain F1, whole or cut at the "@"
        assertEquals("f1-at-25", lexicon.matchAt(new String[] {"F1@25"}, 0).metric().key());
        assertEquals("f1-at-50", lexicon.matchAt(new String[] {"F1", "@", "50", "score"}, 0).metric().key());
        assertEquals("f1", lexicon.matchAt(new String[] {"F1", "score"}, 0).metric().key());
        // unigram BLEU is no BLEU; "BLEU 1" is read only with "score", so "BLEU 1 point higher" names plain BLEU
        assertEquals("bleu-1", lexicon.matchAt(new String[] {"BLEU-1"}, 0).metric().key());
        assertEquals("bleu-1", lexicon.matchAt(new String[] {"BLEU", "1", "score"}, 0).metric().key());
        assertEquals("bleu", lexicon.matchAt(new String[] {"BLEU", "1", "point"}, 0).metric().key());
        assertEquals("bleu", lexicon.matchAt(new String[] {"BLEU-4"}, 0).metric().key());
        assertEquals("gleu", lexicon.matchAt(new String[] {"GLEU"}, 0).metric().key());
        // a semantic parser's logical form accuracy is an exact match of the whole form
        assertEquals("exact-match", lexicon.matchAt(new String[] {"logical", "form", "accuracy"}, 0).metric().key());
        assertEquals("bleu-1", lexicon.byName("BLEU-1").orElseThrow().key());
        assertEquals("f1-at-25", lexicon.byName("F1@25%").orElseThrow().key());
    }

    @Test
    void meanJointErrorIsMpjpe() {
        MetricLexicon lexicon = MetricLexicon.load();
        assertEquals("mpjpe", lexicon.matchAt(new String[] {"mean", "joint", "error"}, 0).metric().key());
        assertEquals("mpjpe", lexicon.matchAt(new String[] {"Mean", "Per", "Joint", "Position", "Errors"}, 0)
                .metric().key());
        assertNull(lexicon.matchAt(new String[] {"joint", "error"}, 0), "a joint error alone is not the mean");
    }

    @Test
    void badLineNamesSourceAndLine() {
        IOException e = assertThrows(IOException.class, () -> MetricLexicon.parse(
                new BufferedReader(new StringReader("# c\nacc\taccuracy\tup\tacc\n")), "m.tsv"));
        assertTrue(e.getMessage().startsWith("m.tsv line 2:"), e.getMessage());
    }
}
