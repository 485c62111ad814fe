package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.paperkg.entities.PaperLink;
import org.paperkg.entities.Relation;
import org.paperkg.papers.PaperRecord;

/** Result claims from invented abstracts. */
class TestResultExtractor {

    static ResultExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ResultExtractor();
    }

    private static List<ResultClaim> extract(String abstractText, String... links) {
        return extractTitled("A Test Paper", abstractText, links);
    }

    private static List<ResultClaim> extractTitled(String title, String abstractText, String... links) {
        PaperRecord paper = new PaperRecord("2501.00001", title, abstractText, List.of(), null, null, null,
                "2501.00001", null, null, List.of(), List.of(), false);
        List<PaperLink> ls = new ArrayList<>();
        for (String l : links) {
            String[] f = l.split(":", 2);
            Relation r = Relation.valueOf(f[0]);
            ls.add(new PaperLink(paper.key(), r, f[1].toLowerCase().replace(' ', '-'), f[1], "", -1, -1, "test", 0.8));
        }
        return extractor.extract(paper, ls);
    }

    /** The method of the paper's only result, given by the paper's own method (not named in the sentence). */
    private static String onlyMethod(String title, String abstractText, String... links) {
        List<ResultClaim> r = extractTitled(title, abstractText, links);
        assertEquals(1, r.size(), r.toString());
        assertEquals("paper", r.get(0).rule().replaceAll(".*method:", ""));
        return r.get(0).method().entityLabel();
    }

    @Test
    void aDeniedScoreIsABoundNoResult() {
        assertTrue(extract("Strong models improve on it, yet none achieve 50% accuracy on Quokka-QA.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA").isEmpty());
        assertTrue(extract("GlimmerNet fails to reach 60% accuracy on Quokka-QA.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA").isEmpty());
        assertEquals(1, extract("GlimmerNet reaches 60% accuracy on Quokka-QA.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-QA").size());
    }

    @Test
    void aGainWordAfterTheMetricMakesAGain() {
        List<ResultClaim> r = extract("On Quokka-10, GlimmerNet brings a 5.6% relative word error rate (WER) reduction.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).improvement(), "a reduction in WER, not a WER of 5.6%");
        List<ResultClaim> plain = extract("On Quokka-10, GlimmerNet reaches a 5.6% word error rate.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertFalse(plain.get(0).improvement(), plain.toString());
    }

    @Test
    void theOldScoreOfADistantFromToIsNoResult() {
        List<ResultClaim> r = extract("On Quokka-10, GlimmerNet lifts sorting from the previous best top-1 accuracy "
                + "80.1% without extra data to 81.3%.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertTrue(r.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("80.1")) == 0), r.toString());
        List<ResultClaim> plain = extract("On Quokka-10, GlimmerNet reaches a top-1 accuracy of 80.1% from scratch "
                + "and is then tuned to fit.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertEquals(1, plain.size(), "no number after 'to': a plain score " + plain);
    }

    @Test
    void theNewValueOfAFromToInABeatingClauseIsTheSubjects() {
        List<ResultClaim> r = extract("On two sets (Zorb and Gnat), OwlSeg outperforms the best earlier method by far "
                + "(e.g. for the F1@25 score, from 51.2% to 60.4% on Zorb, and from 70.3% to 77.9% on Gnat).",
                "PROPOSES_METHOD:OwlSeg", "USES_DATASET:Zorb", "USES_DATASET:Gnat");
        ResultClaim zorb = r.stream().filter(c -> c.value().compareTo(new BigDecimal("60.4")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("Zorb", zorb.dataset().entityLabel());
        assertEquals("OwlSeg", zorb.method().entityLabel());
        assertTrue(r.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("51.2")) == 0), "the beaten score");
        // a plain score in the beating clause stays the beaten method's, not the subject's
        List<ResultClaim> plain = extract("On Zorb, OwlSeg outperforms the best earlier method (60.4% F1@25).",
                "PROPOSES_METHOD:OwlSeg", "USES_DATASET:Zorb");
        assertTrue(plain.stream().noneMatch(c -> c.method() != null
                && c.method().entityLabel().equals("OwlSeg")), plain.toString());
    }

    @Test
    void aParticipleAfterWhileKeepsTheMainSubject() {
        List<ResultClaim> r = extract("OwlTag sets a new best F1 score of 88.1 on Zorb-5, while matching the best "
                + "earlier systems with an F1 score of 92.4 on the Gnat-03 dataset.",
                "PROPOSES_METHOD:OwlTag", "USES_DATASET:Zorb-5", "USES_DATASET:Gnat-03");
        ResultClaim gnat = r.stream().filter(c -> c.value().compareTo(new BigDecimal("92.4")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("Gnat-03", gnat.dataset().entityLabel());
        assertEquals("OwlTag", gnat.method().entityLabel());
        // "we" before "while": the paper's own unnamed method's score
        List<ResultClaim> ours = extract("We set a new best F1 score of 88.1 on Zorb-5, while matching the best "
                + "earlier systems with an F1 score of 92.4 on the Gnat-03 dataset.",
                "USES_DATASET:Zorb-5", "USES_DATASET:Gnat-03");
        assertTrue(ours.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("92.4")) == 0
                && c.method() == null && c.dataset().entityLabel().equals("Gnat-03")), ours.toString());
        // "while" with a subject of its own: the other system's score, not OwlTag's
        List<ResultClaim> other = extract("OwlTag sets a new best F1 score of 88.1 on Zorb-5, while EmuTag reaches an "
                + "F1 score of 92.4 on the Gnat-03 dataset.",
                "PROPOSES_METHOD:OwlTag", "USES_METHOD:EmuTag", "USES_DATASET:Zorb-5", "USES_DATASET:Gnat-03");
        assertTrue(other.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("92.4")) == 0
                && c.method() != null && c.method().entityLabel().equals("OwlTag")), other.toString());
    }

    @Test
    void aScoreStatedAfterTheBeatenMethodsIsTheSubjectsOwn() {
        // alone in brackets after the dataset (and its split word): the subject's own score
        List<ResultClaim> r = extract("OwlPose even surpasses all earlier methods on Zorb test (61.3% AP), showing its "
                + "strength.", "PROPOSES_METHOD:OwlPose", "USES_DATASET:Zorb");
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("61.3")) == 0
                && c.method().entityLabel().equals("OwlPose") && c.dataset().entityLabel().equals("Zorb")), r.toString());
        // after "with" right after the dataset: the subject's own score
        List<ResultClaim> w = extract("Our approach surpasses all earlier results on the Zorb benchmark with a J&F "
                + "mean of 64.2 on the test-dev set.", "USES_DATASET:Zorb");
        assertTrue(w.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("64.2")) == 0
                && c.method() == null && c.dataset().entityLabel().equals("Zorb")), w.toString());
        // not: "with" right after the beaten method, whose score it is
        List<ResultClaim> beaten = extract("OwlNet outperforms the EmuNet counterpart with the CER of 22.5% on Zorb.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Zorb");
        assertTrue(beaten.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("22.5")) == 0
                && c.method() != null && c.method().entityLabel().equals("OwlNet")), beaten.toString());
        // not: brackets after a beaten method's name stay that method's
        List<ResultClaim> named = extract("OwlPose surpasses EmuPose (61.3% AP) on Zorb.", "PROPOSES_METHOD:OwlPose",
                "USES_METHOD:EmuPose", "USES_DATASET:Zorb");
        // (the reader takes that form as a gain over EmuPose, which this test does not judge)
        assertTrue(named.stream().noneMatch(c -> !c.improvement() && c.method() != null
                && c.method().entityLabel().equals("OwlPose")), named.toString());
    }

    @Test
    void aColonEndsAComparisonAndItsListIsTheMainClauses() {
        List<ResultClaim> r = extract("Our approach achieves clearly better results compared with earlier systems: "
                + "mAP increases from 1.2% to 6.5% on Zorb and increases from 14.0% to 18.5% on Gnat.",
                "PROPOSES_METHOD:GlimProp", "PROPOSES_METHOD:OwlProp", "USES_DATASET:Zorb", "USES_DATASET:Gnat");
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("6.5")) == 0
                && c.dataset().entityLabel().equals("Zorb")), r.toString());
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("18.5")) == 0
                && c.dataset().entityLabel().equals("Gnat")), r.toString());
        // other methods' values after the colon stay theirs
        List<ResultClaim> others = extract("Our approach achieves clearly better results compared with earlier "
                + "systems: the previous best mAP is 6.5% on Zorb.",
                "PROPOSES_METHOD:GlimProp", "PROPOSES_METHOD:OwlProp", "USES_DATASET:Zorb");
        assertTrue(others.isEmpty(), others.toString());
        List<ResultClaim> named = extract("Our approach achieves clearly better results compared with earlier "
                + "systems: EmuDet reaches 6.5% mAP on Zorb.",
                "PROPOSES_METHOD:GlimProp", "PROPOSES_METHOD:OwlProp", "USES_METHOD:EmuDet", "USES_DATASET:Zorb");
        assertTrue(named.stream().allMatch(c -> c.baseline()), named.toString());
    }

    @Test
    void aSecondScoreInBracketsDoesNotHideTheDatasetAfterIt() {
        List<ResultClaim> r = extract("OwlDet reaches 43.5% AP (65.7% AP50) for the Zorb dataset at a speed of 60 FPS.",
                "PROPOSES_METHOD:OwlDet", "USES_DATASET:Zorb");
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("43.5")) == 0
                && c.dataset().entityLabel().equals("Zorb")), r.toString());
        // a dataset named before the brackets stays the first score's
        List<ResultClaim> before = extract("OwlDet reaches 43.5% AP on Gnat (65.7% AP50) for the Zorb dataset.",
                "PROPOSES_METHOD:OwlDet", "USES_DATASET:Zorb", "USES_DATASET:Gnat");
        assertTrue(before.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("43.5")) == 0
                && c.dataset().entityLabel().equals("Zorb")), before.toString());
        // brackets with more than a second score are a remark: no dataset across them
        List<ResultClaim> remark = extract("OwlDet reaches 43.5% AP (65.7% AP50 with EmuNet features, and more) for the "
                + "Zorb dataset.", "PROPOSES_METHOD:OwlDet", "USES_DATASET:Zorb");
        assertTrue(remark.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("43.5")) == 0), remark.toString());
    }

    @Test
    void aLatexPercentSignIsAPercentSign() {
        List<ResultClaim> r = extract("After finetuning, GlimmerNet reduces FID by 38.6\\% on the Quokka-10 benchmark.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("38.6"), r.get(0).value());
        assertEquals("%", r.get(0).unit(), "a relative reduction, not FID points");
        assertTrue(r.get(0).improvement());
    }

    @Test
    void aScoreInBracketsAfterABeatenMethodIsNotTheSubjects() {
        List<ResultClaim> r = extract("On the Quokka-10 benchmark, GlimmerNet achieves 52.8% accuracy, surpassing "
                + "Owl-7B (50.6% with 9.6M samples) and Emu-7B (50.1% with 1.5M samples).",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("52.8"), r.get(0).value());
        assertEquals("GlimmerNet", r.get(0).method().entityLabel());
    }

    @Test
    void aScoreInBracketsAfterALinkedBeatenMethodIsThatMethods() {
        List<ResultClaim> r = extract("On the Quokka-10 benchmark, GlimmerNet achieves 52.8% accuracy, surpassing "
                + "Owl-7B (50.6% with 9.6M samples) and EmuNet (50.1% with 1.5M samples).",
                "PROPOSES_METHOD:GlimmerNet", "USES_METHOD:EmuNet", "USES_DATASET:Quokka-10");
        ResultClaim emu = r.stream().filter(c -> c.value().equals(new BigDecimal("50.1"))).findFirst().orElseThrow();
        assertEquals("EmuNet", emu.method().entityLabel());
        assertTrue(emu.baseline(), "the beaten method's score, kept as a baseline's");
    }

    @Test
    void valueBeforeMetricOnDataset() {
        List<ResultClaim> r = extract("Our GlimmerNet reaches 91.3% top-1 accuracy on the Quokka-10 benchmark.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "ADDRESSES_TASK:image classification");
        assertEquals(1, r.size());
        ResultClaim c = r.get(0);
        assertEquals("top-1-accuracy", c.metric().key());
        assertEquals(new BigDecimal("91.3"), c.value());
        assertEquals("%", c.unit());
        assertFalse(c.improvement());
        assertFalse(c.baseline());
        assertEquals("Quokka-10", c.dataset().entityLabel());
        assertEquals("GlimmerNet", c.method().entityLabel());
        assertEquals("image classification", c.task().entityLabel());
        String text = "A Test Paper\n\n" + "Our GlimmerNet reaches 91.3% top-1 accuracy on the Quokka-10 benchmark.";
        assertEquals("91.3% top-1 accuracy", text.substring(c.charStart(), c.charEnd()));
    }

    @Test
    void metricBeforeValueAndImprovementsKeptApart() {
        List<ResultClaim> r = extract("On the Wombat corpus, our model obtains a BLEU score of 31.7 and improves BLEU by "
                + "2.4 points over the strongest system.", "USES_DATASET:Wombat corpus", "PROPOSES_METHOD:FernMT");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("31.7"), r.get(0).value());
        assertFalse(r.get(0).improvement());
        assertEquals(new BigDecimal("2.4"), r.get(1).value());
        assertTrue(r.get(1).improvement());
        assertEquals("points", r.get(1).unit());
        assertEquals("bleu", r.get(1).metric().key());
    }

    @Test
    void aGainInPercentagePointsKeepsItsUnit() {
        List<ResultClaim> r = extract("On the Wombat suite, FernBot improves average task success by 7.4 percentage "
                + "points over the strongest baseline.", "USES_DATASET:Wombat suite", "PROPOSES_METHOD:FernBot");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("7.4"), r.get(0).value());
        assertTrue(r.get(0).improvement());
        assertEquals("points", r.get(0).unit());
    }

    @Test
    void reductionsAndFromToTakeTheNewValue() {
        List<ResultClaim> r = extract("On Pangolin-Faces it reduces FID from 9.4 to 6.1, and cuts the error rate by 30%.",
                "USES_DATASET:Pangolin-Faces", "PROPOSES_METHOD:PangoGAN");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("6.1"), r.get(0).value());
        assertEquals(Direction.LOWER_IS_BETTER, r.get(0).metric().direction());
        assertFalse(r.get(0).improvement());
        assertEquals(new BigDecimal("30"), r.get(1).value());
        assertTrue(r.get(1).improvement());
    }

    @Test
    void rangesSpreadsCountsAndYearsAreNoValues() {
        assertTrue(extract("Accuracy varies between 80.1% and 85.2% on Otter-QA, and 70-75% on average.",
                "USES_DATASET:Otter-QA").isEmpty());
        assertTrue(extract("With 7.5M parameters and data from 2021 the Otter-QA accuracy is stable.",
                "USES_DATASET:Otter-QA").isEmpty());
        List<ResultClaim> spread = extract("We reach an accuracy of 88.2 ± 0.4 on Otter-QA.", "USES_DATASET:Otter-QA",
                "PROPOSES_METHOD:OtterNet");
        assertEquals(1, spread.size());
        assertEquals(new BigDecimal("88.2"), spread.get(0).value());
    }

    @Test
    void listsArePairedInOrderOrSkipped() {
        List<ResultClaim> r = extract("We obtain F1 scores of 77.0, 81.5 and 69.9 on Heron, Ibis and Stork, respectively.",
                "USES_DATASET:Heron", "USES_DATASET:Ibis", "USES_DATASET:Stork", "PROPOSES_METHOD:BirdNet");
        assertEquals(3, r.size(), r.toString());
        assertEquals("Ibis", r.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("81.5"), r.get(1).value());
        assertTrue(extract("F1 scores of 77.0 and 81.5 are obtained on Heron.", "USES_DATASET:Heron",
                "USES_DATASET:Ibis").isEmpty(), "two values, one dataset, no owner: not guessed");
        List<ResultClaim> gains = extract("It brings accuracy improvements of 3.1% and 1.2% on Heron and Ibis, "
                + "respectively.", "USES_DATASET:Heron", "USES_DATASET:Ibis", "PROPOSES_METHOD:BirdNet");
        assertEquals(2, gains.size(), gains.toString());
        assertTrue(gains.get(0).improvement() && gains.get(1).improvement(), gains.toString());
    }

    @Test
    void baselineScoresBelongToTheNamedMethod() {
        List<ResultClaim> r = extract("Our approach achieves 64.2% mAP on Lynx-Det, compared to 58.9% for "
                + "SlowRCNN.", "PROPOSES_METHOD:TurboDet", "USES_METHOD:SlowRCNN", "USES_DATASET:Lynx-Det");
        assertEquals(1, r.size(), "the baseline is named after its score, so the sentence does not say whose it is: "
                + r);
        List<ResultClaim> named = extract("Compared with SlowRCNN at 58.9% mAP on Lynx-Det, our TurboDet reaches "
                + "64.2% mAP on Lynx-Det.", "PROPOSES_METHOD:TurboDet", "USES_METHOD:SlowRCNN", "USES_DATASET:Lynx-Det");
        assertEquals(2, named.size(), named.toString());
        assertTrue(named.get(0).baseline());
        assertEquals("SlowRCNN", named.get(0).method().entityLabel());
        assertFalse(named.get(1).baseline());
        assertEquals("TurboDet", named.get(1).method().entityLabel());
    }

    @Test
    void noDatasetNoResult() {
        assertTrue(extract("Our model reaches 91.3% accuracy.").isEmpty());
        assertTrue(extract("Our model reaches 91.3% accuracy.", "USES_DATASET:Marmot").isEmpty(),
                "a dataset named in another sentence is not taken");
        assertEquals(List.of("91.3 by - (own-unnamed)"), methods("A Test Paper",
                "On Marmot our model reaches 91.3 percent accuracy.", "USES_DATASET:Marmot"),
                "the paper names no method of its own: the result is the paper's, with no method");
        List<ResultClaim> r = extract("On Marmot our model reaches 91.3 percent accuracy.", "USES_DATASET:Marmot",
                "PROPOSES_METHOD:MarmoNet");
        assertEquals("%", r.get(0).unit());
        assertEquals("MarmoNet", r.get(0).method().entityLabel());
        assertTrue(extract("On Marmot it loses less than 1% accuracy and keeps 5% of the weights.",
                "USES_DATASET:Marmot", "PROPOSES_METHOD:MarmoNet").isEmpty(), "bounds and shares are no results");
        assertTrue(extract("On Marmot it shows a 2.1% accuracy drop.", "USES_DATASET:Marmot",
                "PROPOSES_METHOD:MarmoNet").isEmpty());
        List<ResultClaim> gains = extract("On Marmot it brings Dice gains of 1.2% over the strongest model.",
                "USES_DATASET:Marmot", "PROPOSES_METHOD:MarmoNet");
        assertTrue(gains.get(0).improvement());
    }

    @Test
    void theseModelsInThePluralAreThePapersOwnLikeTheModel() {
        String links1 = "USES_DATASET:Zorb En-Fr";
        assertEquals(List.of("41.2 by - (own-unnamed)", "42.0 by - (own-unnamed)"), methods("Very Deep Owl Nets",
                "We study very deep owl nets. These deep models beat their shallow counterparts by 1.1 BLEU, and set "
                        + "new records on Zorb En-Fr (41.2 BLEU and 42.0 BLEU with extra data).", links1),
                "a plural kind of method after \"these\" that beats others is the paper's own, as in the singular");
        assertTrue(extract("We study owl nets. Contrastive losses reach 41.2 BLEU on Zorb En-Fr.", links1).isEmpty(),
                "a plural noun that is no kind of method is not the paper's method");
        assertTrue(extract("We study owl nets. The baseline models beat 41.2 BLEU on Zorb En-Fr.", links1).isEmpty(),
                "the baseline models are someone else's");
        assertTrue(extract("We study owl nets. These deep models reach 41.2 BLEU on Zorb En-Fr.", links1).isEmpty(),
                "a plural that only reaches a score may be the baselines");
    }

    @Test
    void aSecondScoreInBracketsFitsWhereTheFirstDoes() {
        String first = "We test owl nets on Kestrel-1K. For instance, we obtain 77.1% top-1 accuracy on Kestrel-1K "
                + "with a small net. A GlimNet-50 further tuned with our technique for size 320 reaches ";
        assertEquals(List.of("77.1 by - (own-unnamed)", "81.2 by - (own-unnamed)", "95.1 by - (own-unnamed)"),
                methods("Owl Resolution", first + "81.2% top-1 accuracy (top-5: 95.1%).", "USES_DATASET:Kestrel-1K"),
                "the top-5 in brackets after a top-1 of an earlier sentence's dataset is that result's second metric");
        assertEquals(List.of("77.1 by - (own-unnamed)", "81.2 by - (own-unnamed)"),
                methods("Owl Resolution", first + "81.2% top-1 accuracy, and a top-5 accuracy of 95.1% at size 640.",
                        "USES_DATASET:Kestrel-1K"),
                "a metric the paper states on the dataset nowhere else, not in brackets after a score: not taken");
    }

    @Test
    void aDatasetPapersOwnBaselineIsScoredOnItsOwnDataset() {
        String title = "WQAD: Wombat Question Answering Dataset";
        String intro = "We introduce the Wombat Question Answering Dataset, built from Gumtree Wiki pages. ";
        String[] links = {"USES_DATASET:Wombat Question Answering Dataset", "USES_DATASET:Gumtree Wiki"};
        assertEquals(List.of("71.3 by - (own-unnamed)"), methods(title, intro + "We train a baseline model which "
                + "achieves an exact match of 71.3 on the test set.", links),
                "the baseline the dataset paper trains, on the test set of the dataset its title names");
        assertEquals("Wombat Question Answering Dataset", extractTitled(title, intro + "Our strong baseline reaches "
                + "an exact match of 71.3 on the test set.", links).get(0).dataset().entityLabel());
        assertTrue(extractTitled(title, intro + "Existing readers reach an exact match of 60.2 on the test set.",
                links).isEmpty(), "others' models in a dataset paper stay others'");
        assertTrue(extractTitled(title, intro + "We find the previous baseline reaches an exact match of 60.2 on the "
                + "test set.", links).isEmpty(), "a baseline the paper does not call its own");
        assertTrue(extractTitled("Wombat Question Answering with Gumtree Wiki", intro + "We train a baseline model "
                + "which achieves an exact match of 71.3 on the test set.", links).isEmpty(),
                "two datasets and a title that is no dataset paper's: which test set is not said");
    }

    @Test
    void valuesPairedWithTwoSplitsOfOneDatasetAreThatDatasets() {
        String[] links = {"USES_DATASET:Zorb-WSJ", "USES_DATASET:Quokkaspeech"};
        String intro = "We build a new owl recogniser. ";
        assertEquals(List.of("5.5 on Zorb-WSJ", "5.4 on Quokkaspeech", "14.7 on Quokkaspeech"),
                onDatasets(extractTitled("Owl Speech", intro + "The model achieves 5.5% WER on Zorb-WSJ dataset, and "
                        + "5.4% and 14.7% on Quokkaspeech test-clean and test-other set, respectively.", links)),
                "\"respectively\" pairs the two values with two splits of one dataset, after \", and\" with no subject");
        assertEquals(List.of("5.4 on Quokkaspeech", "14.7 on Quokkaspeech"),
                onDatasets(extractTitled("Owl Speech", intro + "The model achieves 5.4% and 14.7% WER on Quokkaspeech "
                        + "dev and test splits, respectively.", links)));
        assertTrue(extractTitled("Owl Speech", intro + "The model achieves 5.4%, 6.0% and 14.7% WER on Quokkaspeech "
                + "test-clean and test-other, respectively.", links).isEmpty(), "three values for two splits");
    }

    private static List<String> onDatasets(List<ResultClaim> r) {
        return r.stream().map(c -> c.value().toPlainString() + " on " + c.dataset().entityLabel()).toList();
    }

    @Test
    void theMethodIsTheClauseSubjectOrTheOnlyProposedOneElseSkipped() {
        List<ResultClaim> r = extract("Our KiwiNet achieves 71.2% accuracy on Fern-QA, while SlowNet reaches 64.0% on "
                + "Fern-QA.", "PROPOSES_METHOD:KiwiNet", "USES_METHOD:SlowNet", "USES_DATASET:Fern-QA");
        assertEquals(2, r.size(), r.toString());
        assertEquals("KiwiNet", r.get(0).method().entityLabel());
        assertFalse(r.get(0).baseline());
        assertEquals("SlowNet", r.get(1).method().entityLabel());
        assertTrue(r.get(1).baseline());
        assertTrue(unnamedOnly(extract("We reach 71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:KiwiNet",
                "PROPOSES_METHOD:PearNet", "USES_DATASET:Fern-QA")), "two proposed methods: the paper's, not guessed");
        assertTrue(extract("Spiking networks reach 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:Spiking Neural Networks", "USES_DATASET:Fern-QA").isEmpty(),
                "a category of models is no method to rank");
        assertTrue(extract("The pipeline leads to 71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:KiwiNet",
                "USES_METHOD:Lead", "USES_DATASET:Fern-QA").get(0).method().entityLabel().equals("KiwiNet"),
                "a name matched by a lower-case word is no subject");
        assertTrue(extract("Prompting SlowNet on Fern-QA, prior work reports 64.0% accuracy.",
                "PROPOSES_METHOD:KiwiNet", "USES_METHOD:SlowNet", "USES_DATASET:Fern-QA").isEmpty(),
                "a clause about another method without it as the value's subject");
    }

    @Test
    void aValueTakesTheDatasetOfItsOwnClause() {
        List<ResultClaim> r = extract("MoxNet scores 0.71 Chamfer distance on Alpha-3D and an F1 score of 0.52 on "
                + "Tango&Cash.", "PROPOSES_METHOD:MoxNet", "USES_DATASET:Alpha-3D");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("0.71"), r.get(0).value());
        List<ResultClaim> fid = extract("MoxNet reduces FID by 31.2% on Gamma-Faces and 27.9% on Delta-Faces.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Delta-Faces");
        assertEquals(1, fid.size(), fid.toString());
        assertEquals(new BigDecimal("27.9"), fid.get(0).value(), fid.toString());
        assertTrue(extract("MoxNet reaches 80.1% accuracy on Gamma, Delta and Epsilon.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Gamma", "USES_DATASET:Delta", "USES_DATASET:Epsilon").isEmpty(),
                "one value, three datasets");
        List<ResultClaim> framed = extract("Experiments on Gamma-Bench show that MoxNet is robust, reaching 80.1% "
                + "accuracy.", "PROPOSES_METHOD:MoxNet", "USES_DATASET:Gamma-Bench");
        assertEquals("Gamma-Bench", framed.get(0).dataset().entityLabel());
        List<ResultClaim> paired = extract("MoxNet achieves 71.3% mAP (+8.2%), 84.6% mAP (+1.7%), and 93.2% mAP "
                + "(+0.4%) on Egon, Unit, and Wasp benchmarks, respectively.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Egon", "USES_DATASET:Unit", "USES_DATASET:Wasp");
        assertEquals(6, paired.size(), "scores and gains each paired in order: " + paired);
        assertEquals("Wasp", paired.get(4).dataset().entityLabel());
        assertEquals(new BigDecimal("93.2"), paired.get(4).value());
        assertEquals("Wasp", paired.get(5).dataset().entityLabel());
        assertTrue(paired.get(5).improvement());
        assertEquals("Egon", paired.get(1).dataset().entityLabel());
    }

    @Test
    void datasetLinksThatAreNoDatasetsCarryNoResult() {
        assertTrue(extract("MoxNet keeps an FID of 98.5 on NTX-IoU.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:NTX-IoU").isEmpty(), "a metric linked as a dataset");
        assertTrue(extract("VoltNav achieves a success rate of 96.2% on VoltNav.", "PROPOSES_METHOD:VoltNav-X",
                "USES_DATASET:VoltNav").isEmpty(), "the paper's own system linked as a dataset");
        assertTrue(extract("Clinical variables gave modest power (AUC 0.71).", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Modest").isEmpty(), "a word of the sentence is not the dataset's name");
        assertTrue(extract("MoxNet improves accuracy by 22.7% on UWB-based activity recognition.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:UWB").isEmpty(), "\"X-based\" is no dataset");
    }

    @Test
    void scoresImprovementsSharesAndBoundsAreToldApart() {
        List<ResultClaim> to = extract("On Kappa-Set, MoxNet improves accuracy to 84.2%.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Kappa-Set");
        assertFalse(to.get(0).improvement(), "improves ... to states a score");
        // a share of the full model's score kept, neither a score nor a gain
        assertTrue(extract("On Kappa-Set, as evidenced by preserving 99.3% accuracy, MoxNet is robust.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set").isEmpty());
        List<ResultClaim> share = extract("MoxNet yields +5.21 AP on a 2% Kappa-Set data setup.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set");
        assertEquals(1, share.size(), share.toString());
        assertEquals(new BigDecimal("5.21"), share.get(0).value());
        assertTrue(share.get(0).improvement());
        assertTrue(extract("MoxNet is the first model to surpass 70 AP on Kappa-Set.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Kappa-Set").isEmpty(), "a lower bound is no score");
        List<ResultClaim> relative = extract("MoxNet reaches 52.3% accuracy on Kappa-Set (a 7.1% relative "
                + "improvement).", "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set");
        assertEquals(1, relative.size(), "the dataset is the score's; the gain in brackets is not bound: " + relative);
        assertFalse(relative.get(0).improvement());
        List<ResultClaim> pair = extract("MoxNet achieves 83.5%/87.2% accuracy on Kappa-Set (val/test).",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set");
        assertEquals(2, pair.size(), "an A/B pair of one metric: two scores on the dataset " + pair);
        assertEquals(new BigDecimal("87.2"), pair.get(1).value());
        assertEquals("Kappa-Set", pair.get(1).dataset().entityLabel());
        assertEquals(2, extract("MoxNet achieves 1.8/3.3 WER on the clean/other test sets of Kappa-Set.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set").size());
        assertEquals(2, extract("MoxNet achieves 45.1/39.2 box/mask AP on Kappa-Set.", "PROPOSES_METHOD:MoxNet",
                "USES_DATASET:Kappa-Set").size(), "box AP and box AP, in order");
        assertTrue(extract("MoxNet reaches a top-1/top-5 accuracy of 80.1/95.2% on Kappa-Set.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set").isEmpty(), "which value is which is not said");
        List<ResultClaim> bracketed = extract("MoxNet reaches a word error rate (WER) of 5.2% on Kappa-Set.",
                "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set");
        assertEquals("word-error-rate", bracketed.get(0).metric().key(), bracketed.toString());
        List<ResultClaim> gains = extract("On Kappa-Set, MoxNet yields an average improvement of 0.12 in F1 and "
                + "0.04 in AUC.", "PROPOSES_METHOD:MoxNet", "USES_DATASET:Kappa-Set");
        assertEquals(2, gains.size(), gains.toString());
        assertTrue(gains.get(0).improvement() && gains.get(1).improvement(), gains.toString());
    }

    @Test
    void beatenMethodsApproximationsAndUnknownMetricsAreNoResults() {
        List<ResultClaim> r = extract("Our CropNet leads on Zeta-Bench, surpassing QuillNet by 33.4% accuracy.",
                "PROPOSES_METHOD:CropNet", "PROPOSES_METHOD:QuillNet", "USES_DATASET:Zeta-Bench");
        assertEquals(1, r.size(), r.toString());
        assertEquals("CropNet", r.get(0).method().entityLabel(), "the beaten method is not the subject");
        assertTrue(extract("CropNet brings a gain (e.g., ~4 AP on Zeta-Bench).", "PROPOSES_METHOD:CropNet",
                "USES_DATASET:Zeta-Bench").isEmpty(), "approximate");
        List<ResultClaim> fpr = extract("CropNet reaches 82.9% F1 on Zeta-Bench while keeping 31.6% false positive "
                + "rate.", "PROPOSES_METHOD:CropNet", "USES_DATASET:Zeta-Bench");
        assertEquals(1, fpr.size(), fpr.toString());
    }

    @Test
    void metricListsSentenceMetricsAndBenchmarksNamedBefore() {
        List<ResultClaim> r = extract("On Yak-Med, YakNet reaches an F1 and AUC of 0.91 and 0.93.",
                "PROPOSES_METHOD:YakNet", "USES_DATASET:Yak-Med");
        assertEquals(2, r.size(), r.toString());
        assertEquals("f1", r.get(0).metric().key());
        assertEquals("auc", r.get(1).metric().key());
        assertEquals("Yak-Med", r.get(1).dataset().entityLabel());
        assertTrue(extract("On Yak-Med, YakNet reaches an F1 and AUC of 0.91, 0.93 and 0.95.",
                "PROPOSES_METHOD:YakNet", "USES_DATASET:Yak-Med").isEmpty(), "counts differ: not guessed");
        List<ResultClaim> resp = extract("In accuracy, YakNet is strong: it reaches 94.1% and 69.0% on Yak-Med and "
                + "Yak-Hard, respectively.", "PROPOSES_METHOD:YakNet", "USES_DATASET:Yak-Med", "USES_DATASET:Yak-Hard");
        assertEquals(2, resp.size(), resp.toString());
        assertEquals("Yak-Hard", resp.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("69.0"), resp.get(1).value());
        List<ResultClaim> later = extract("We release Yak-Med. YakNet reaches 88.4% accuracy on this benchmark.",
                "PROPOSES_METHOD:YakNet", "USES_DATASET:Yak-Med");
        assertEquals(1, later.size(), later.toString());
        assertEquals("Yak-Med", later.get(0).dataset().entityLabel());
        assertTrue(extract("We release Yak-Med and Yak-Hard. YakNet reaches 88.4% accuracy on this benchmark.",
                "PROPOSES_METHOD:YakNet", "USES_DATASET:Yak-Med", "USES_DATASET:Yak-Hard").isEmpty());
    }

    @Test
    void aDatasetNamedRightAfterAValueIsThatValuesOnly() {
        List<ResultClaim> r = extract("OwlNet improves accuracy by 12.4% on Hoot-QA, 11.1% on Two-Hop and 17.5% on "
                + "Meet-Bank, surpassing the previous best method (OldOwl) by +2.6 accuracy on Hoot-QA.",
                "PROPOSES_METHOD:OwlNet", "PROPOSES_METHOD:OldOwl", "USES_DATASET:Hoot-QA");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("12.4"), r.get(0).value());
        assertEquals(new BigDecimal("2.6"), r.get(1).value());
        assertEquals("OwlNet", r.get(1).method().entityLabel(), "the beaten method is never the subject");
    }

    @Test
    void subjectsWithoutALinkAndApproximateValuesAreSkipped() {
        assertTrue(extract("On Hoot-QA, our MDE-OwlNet method raises accuracy from 0.27 to 0.36.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Hoot-QA").isEmpty(), "a variant of the method is not it");
        assertTrue(extract("On Hoot-QA, contrastive losses reached 91.8% accuracy.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Hoot-QA").isEmpty(), "another subject");
        assertTrue(extract("On Hoot-QA, OwlNet reaches about 91.8% accuracy.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Hoot-QA").isEmpty(), "approximate");
        assertEquals(1, extract("On Hoot-QA, our OwlNet reaches 91.8% accuracy.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Hoot-QA").size());
    }

    @Test
    void theProposedMethodNamedBeforeTheValueIsItsSubject() {
        List<ResultClaim> gains = extract("Experiments on Kappa-Set and Kappa-Hard with FooNet and BarNet backbones show "
                + "that OwlNet clearly outperforms older methods, achieving up to 6% and 3% accuracy gains on Kappa-Set "
                + "and Kappa-Hard, respectively.", "PROPOSES_METHOD:OwlNet", "USES_METHOD:FooNet",
                "USES_METHOD:BarNet", "USES_DATASET:Kappa-Set", "USES_DATASET:Kappa-Hard");
        assertEquals(2, gains.size(), gains.toString());
        assertEquals("OwlNet", gains.get(1).method().entityLabel());
        List<ResultClaim> with = extract("OwlNet with FooNet achieves 82.9% F1 on Kappa-Set.", "PROPOSES_METHOD:OwlNet",
                "USES_METHOD:FooNet", "USES_DATASET:Kappa-Set");
        assertFalse(with.get(0).baseline(), "a component named after 'with' is not the subject");
        assertEquals(2, extract("On the Kappa-Set benchmark, OwlNet reaches 69.3 mAP and 71.8 NDS.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Kappa-Set").size(), "one list of results, one clause");
    }

    @Test
    void scoresInABeatingClauseAreTheBeatenMethods() {
        List<ResultClaim> r = extract("On Kappa-Set, OwlNet achieves 82.9% F1, outperforming the strongest baseline "
                + "(FooNet at 76.5% F1) by 6.4% F1.", "PROPOSES_METHOD:OwlNet", "USES_METHOD:FooNet",
                "USES_DATASET:Kappa-Set");
        assertEquals(3, r.size(), r.toString());
        assertEquals("FooNet", r.get(1).method().entityLabel());
        assertTrue(r.get(1).baseline());
        assertEquals("OwlNet", r.get(2).method().entityLabel());
        assertTrue(r.get(2).improvement());
        List<ResultClaim> own = extract("OwlNet outperforms ten older models on Kappa-Set, achieving 88.3% accuracy.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Kappa-Set");
        assertEquals("OwlNet", own.get(0).method().entityLabel(), "'achieving' continues the subject's sentence");
        assertTrue(extract("On Kappa-Set, our Sub-OwlNet reaches 82.9% F1.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kappa-Set").isEmpty(), "a variant named with a hyphen is another system");
        assertTrue(extract("OwlNet reaches 77.4% F1 on average, and also leads on Kappa-Set.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kappa-Set").isEmpty(), "a dataset named after the value frames nothing");
    }

    @Test
    void withSeveralProposedMethodsTheOneOpeningTheTitleIsThePapersOwn() {
        String text = "We achieve 81.2% accuracy on Quokka-5.";
        assertEquals("Wombat Fields", onlyMethod("Wombat Fields for Marsupial Parsing", text,
                "PROPOSES_METHOD:Wombat Fields", "PROPOSES_METHOD:Pouch Fusion Module", "USES_DATASET:Quokka-5"));
        // "Kiwi" and "Kiwi-Net" both open "Kiwi-Net: ...": the longer name is the method
        assertEquals("Kiwi-Net", onlyMethod("Kiwi-Net: Fast Marsupial Parsing", text, "PROPOSES_METHOD:Kiwi",
                "PROPOSES_METHOD:Kiwi-Net", "USES_DATASET:Quokka-5"));
        // "Kiwi-Net: A Name ..." opens with Kiwi-Net, not with the description after the colon
        assertEquals("Kiwi-Net", onlyMethod("Kiwi-Net: Pouch Fusion for Marsupial Parsing", text,
                "PROPOSES_METHOD:Kiwi-Net", "PROPOSES_METHOD:Pouch Fusion", "USES_DATASET:Quokka-5"));
        // an unlinked head that does not abbreviate the name after it is another name: no method
        assertTrue(unnamedOnly(extractTitled("KoalaGAN: Pouch Fusion for Marsupial Parsing", text,
                "PROPOSES_METHOD:Pouch Fusion", "PROPOSES_METHOD:Wombat Fields", "USES_DATASET:Quokka-5")));
        // "ABC: Name for ..." names it after the acronym
        assertEquals("Wombat Fields", onlyMethod("WFMP: Wombat Fields for Marsupial Parsing", text,
                "PROPOSES_METHOD:Wombat Fields", "PROPOSES_METHOD:Pouch Fusion Module", "USES_DATASET:Quokka-5"));
    }

    @Test
    void withSeveralProposedMethodsAndNoneOpeningTheTitleNoResult() {
        String text = "We achieve 81.2% accuracy on Quokka-5.";
        assertTrue(unnamedOnly(extractTitled("Marsupial Parsing with Wombat Fields", text,
                "PROPOSES_METHOD:Wombat Fields", "PROPOSES_METHOD:Pouch Fusion Module", "USES_DATASET:Quokka-5")));
        // a title opened by a gerund phrase names no method, even when it is linked as one
        assertTrue(unnamedOnly(extractTitled("Learning Pouch Features for Marsupial Parsing", text,
                "PROPOSES_METHOD:Learning Pouch Features", "PROPOSES_METHOD:Pouch Fusion Module",
                "USES_DATASET:Quokka-5")));
        // two methods open the title, neither inside the other
        assertTrue(extractTitled("Wombat Fields and Pouch Fusion for Parsing", text, "PROPOSES_METHOD:Wombat Fields",
                "PROPOSES_METHOD:Wombat", "PROPOSES_METHOD:Pouch Fusion Module", "USES_DATASET:Quokka-5")
                .stream().noneMatch(c -> c.method() != null && c.method().entityLabel().equals("Pouch Fusion Module")));
    }

    @Test
    void aGainInBracketsDoesNotMakeTheNextScoreAGain() {
        List<ResultClaim> r = extract("Our KoalaPolicy achieves 91.3% average success rate on Gumtree-Sim (8.2% "
                + "improvement) and 84.5% on Gumtree-Long (12.0% improvement).", "PROPOSES_METHOD:KoalaPolicy",
                "USES_DATASET:Gumtree-Sim", "USES_DATASET:Gumtree-Long");
        ResultClaim second = r.stream().filter(c -> c.value().compareTo(new BigDecimal("84.5")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError(r.toString()));
        assertFalse(second.improvement());
        assertEquals("Gumtree-Long", second.dataset().entityLabel());
    }

    @Test
    void aValueNextToOneOfTheSameMetricTakesItsDatasetWhenItsClauseNamesNoOther() {
        List<ResultClaim> r = extract("Our WombatNet reaches 72.1% top-1 accuracy on Quokka-5 with a small backbone and "
                + "77.9% with a larger one.", "PROPOSES_METHOD:WombatNet", "USES_DATASET:Quokka-5");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Quokka-5", r.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("77.9"), r.get(1).value());
        // a clause that says what else it is measured on is not about the neighbour's dataset
        r = extract("Our WombatNet reaches 72.1% top-1 accuracy on Quokka-5 and 91.2% on real-world sorting tasks.",
                "PROPOSES_METHOD:WombatNet", "USES_DATASET:Quokka-5");
        assertEquals(1, r.size(), r.toString());
    }

    @Test
    void decimalsWithoutAUnitListedWithWhatTheyAreMeasuredOn() {
        List<ResultClaim> r = extract("Our DingoTagger reaches an F1 score of 81.27 on the Emu corpus, 74.06 on "
                + "Cassowary-NER, and 69.91 on Kiwi-Med.", "PROPOSES_METHOD:DingoTagger", "USES_DATASET:Emu corpus",
                "USES_DATASET:Cassowary-NER", "USES_DATASET:Kiwi-Med");
        assertEquals(3, r.size(), r.toString());
        assertEquals("Kiwi-Med", r.get(2).dataset().entityLabel());
        assertEquals(new BigDecimal("69.91"), r.get(2).value());
        assertEquals("f1", r.get(2).metric().key());
        // a bare integer, or a decimal not followed by what it is measured on, is no second score
        r = extract("Our DingoTagger reaches an F1 score of 81.27 on the Emu corpus, 12 on Kiwi-Med and runs 3.5 "
                + "faster.", "PROPOSES_METHOD:DingoTagger", "USES_DATASET:Emu corpus", "USES_DATASET:Kiwi-Med");
        assertEquals(1, r.size(), r.toString());
    }

    @Test
    void aSecondFromToPairIsASecondScore() {
        List<ResultClaim> r = extract("Our PossumGAN lowers FID from 12.40 to 9.85 on Numbat-64 and from 7.31 to 5.02 "
                + "on Bilby-128.", "PROPOSES_METHOD:PossumGAN", "USES_DATASET:Numbat-64", "USES_DATASET:Bilby-128");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("5.02"), r.get(1).value());
        assertEquals("Bilby-128", r.get(1).dataset().entityLabel());
        assertFalse(r.get(1).improvement());
    }

    @Test
    void aListPairedRespectivelyDoesNotGiveTheFirstNameToItsLastValue() {
        List<ResultClaim> r = extract("Our LyreNet reaches an MAE of 61.2, 7.4 and 90.3 on Wallaby-A, Wallaby-B and "
                + "Wallaby_C, respectively.", "PROPOSES_METHOD:LyreNet", "USES_DATASET:Wallaby-A");
        assertEquals(List.of("61.2@Wallaby-A"), pairs(r), r.toString()); // the first item's value only
    }

    @Test
    void metricNamesSplitByTheTokenizerAndSpeechQuality() {
        List<ResultClaim> r = extract("Our QuollNet achieves an F 1 -score of 84.6% on the Tasmanian relation task.",
                "PROPOSES_METHOD:QuollNet", "USES_DATASET:Tasmanian relation task");
        assertEquals(1, r.size(), r.toString());
        assertEquals("f1", r.get(0).metric().key());
        r = extract("On Platypus-Noisy, our QuollNet reaches a PESQ of 3.21.", "PROPOSES_METHOD:QuollNet",
                "USES_DATASET:Platypus-Noisy");
        assertEquals(1, r.size(), r.toString());
        assertEquals("pesq", r.get(0).metric().key());
    }

    @Test
    void respectivelyWithTheMetricAfterTheValuesAndMetricListsOfOneDataset() {
        List<ResultClaim> r = extract("On both Koala-51 and Emu-101 our WombatNet reaches 85.1% and 98.6% top-1 "
                + "accuracy, respectively.", "PROPOSES_METHOD:WombatNet", "USES_DATASET:Koala-51",
                "USES_DATASET:Emu-101");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Emu-101", r.get(1).dataset().entityLabel());
        r = extract("On the Quoll treebank, our WombatParser obtains UAS and LAS scores of 94.5% and 92.8%, "
                + "respectively.", "PROPOSES_METHOD:WombatParser", "USES_DATASET:Quoll treebank");
        assertEquals(2, r.size(), r.toString());
        assertEquals("las", r.get(1).metric().key());
        assertEquals("Quoll treebank", r.get(1).dataset().entityLabel());
    }

    @Test
    void settingsOfOneDatasetListedOneAfterAnother() {
        List<ResultClaim> r = extract("On the Numbat dataset, KoalaDet reaches an AP of 41.0 at 11.8 FPS with one scale "
                + "and an AP of 44.2 with several scales.", "PROPOSES_METHOD:KoalaDet", "USES_DATASET:Numbat dataset");
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.stream().allMatch(c -> c.dataset().entityLabel().equals("Numbat dataset")), r.toString());
        // a comparison after the value that names where it was measured is not the neighbour's dataset
        r = extract("Our DingoNet achieved an F1 of 89.9% vs 86.8% for human scorers on Bilby-H, and an F1 of 88.3% "
                + "vs 84.8% on Bilby-O.", "PROPOSES_METHOD:DingoNet", "USES_DATASET:Bilby-H");
        assertTrue(r.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("88.3")) == 0), r.toString());
    }

    @Test
    void aBaselineValueAfterAnotherValueIsNotTheNamedOnes() {
        List<ResultClaim> r = extract("Our EchidnaMatch achieves 93.2% accuracy on Quokka-10, outperforming previous "
                + "methods such as AlphaMatch (52.4%), BetaMatch (70.9%) and GammaMatch (80.1%).",
                "PROPOSES_METHOD:EchidnaMatch", "USES_METHOD:AlphaMatch", "USES_DATASET:Quokka-10");
        assertTrue(r.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("70.9")) == 0
                || c.value().compareTo(new BigDecimal("80.1")) == 0), r.toString());
    }

    @Test
    void aSplitNamedAloneIsOfThePapersOnlyDataset() {
        List<ResultClaim> r = extract("We evaluate on Wallaby-Speech. Rescoring with a larger model, OwlASR reaches "
                + "WERs of 1.8% on test-clean and 4.2% on test-other.", "USES_DATASET:Wallaby-Speech",
                "PROPOSES_METHOD:OwlASR");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Wallaby-Speech", r.get(0).dataset().entityLabel());
        assertEquals(new BigDecimal("4.2"), r.get(1).value());
        List<ResultClaim> set = extract("We train on Wallaby-QA. OwlQA delivers 70.4% accuracy on the test-dev set.",
                "USES_DATASET:Wallaby-QA", "PROPOSES_METHOD:OwlQA");
        assertEquals(1, set.size(), set.toString());
        // "on validation" is a phase, not a split's name; with two datasets of the paper it is not said which
        assertTrue(extract("We train on Wallaby-QA. On validation, OwlQA delivers 70.4% accuracy.",
                "USES_DATASET:Wallaby-QA", "PROPOSES_METHOD:OwlQA").isEmpty());
        assertTrue(extract("We train on Wallaby-QA and Koala-QA. OwlQA delivers 70.4% accuracy on the test-dev set.",
                "USES_DATASET:Wallaby-QA", "USES_DATASET:Koala-QA", "PROPOSES_METHOD:OwlQA").isEmpty());
    }

    @Test
    void aValueJoinedToAGainWithItsOwnMetricIsAGainToo() {
        List<ResultClaim> r = extract("On Numbat-Video, OwlCodec improves over the baseline by 1.4 dB PSNR and 0.02 "
                + "SSIM.", "USES_DATASET:Numbat-Video", "PROPOSES_METHOD:OwlCodec");
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.get(0).improvement());
        assertEquals("ssim", r.get(1).metric().key());
        assertTrue(r.get(1).improvement());
        List<ResultClaim> scores = extract("On Numbat-Video, OwlCodec reaches 31.4 dB PSNR and 0.92 SSIM.",
                "USES_DATASET:Numbat-Video", "PROPOSES_METHOD:OwlCodec");
        assertFalse(scores.get(1).improvement());
    }

    @Test
    void scoresOfSeveralMetricsJoinedByAndShareTheDatasetAroundThem() {
        List<ResultClaim> after = extract("OwlDet reaches 68.4 AP and 75.9 AP50 on the Numbat-Pose benchmark.",
                "USES_DATASET:Numbat-Pose", "PROPOSES_METHOD:OwlDet");
        assertEquals(2, after.size(), after.toString());
        assertEquals("Numbat-Pose", after.get(0).dataset().entityLabel());
        assertEquals("ap", after.get(0).metric().key());
        List<ResultClaim> before = extract("On Numbat-Gen we reach an Inception score of 9.12 and an FID of 2.31 with "
                + "OwlGAN.", "USES_DATASET:Numbat-Gen", "PROPOSES_METHOD:OwlGAN");
        assertEquals(2, before.size(), before.toString());
        assertEquals("Numbat-Gen", before.get(1).dataset().entityLabel());
        // a dataset between the values splits the chain: each keeps its own
        List<ResultClaim> two = extract("OwlDet reaches 68.4 AP on Numbat-A and 61.5 AP50 on Numbat-B.",
                "USES_DATASET:Numbat-A", "USES_DATASET:Numbat-B", "PROPOSES_METHOD:OwlDet");
        assertEquals("Numbat-A", two.get(0).dataset().entityLabel());
        assertEquals("Numbat-B", two.get(1).dataset().entityLabel());
    }

    @Test
    void aSentenceOpeningWithItsDatasetFramesEveryValue() {
        List<ResultClaim> r = extract("On the popular Wallaby-Speech benchmark, OwlASR achieves a WER of 2.4% "
                + "without a language model and 2.0% with one.", "USES_DATASET:Wallaby-Speech",
                "PROPOSES_METHOD:OwlASR");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Wallaby-Speech", r.get(1).dataset().entityLabel());
        List<ResultClaim> settings = extract("On Koala-Action, OwlAct reaches accuracies of 96.1% and 93.4% on the "
                + "cross-view and cross-subject protocols, respectively.", "USES_DATASET:Koala-Action",
                "PROPOSES_METHOD:OwlAct");
        assertEquals(2, settings.size(), settings.toString());
        assertEquals("Koala-Action", settings.get(0).dataset().entityLabel());
    }

    @Test
    void aParticipleAfterAComparisonGoesOnWithTheSubjectsOwnScore() {
        List<ResultClaim> r = extract("OwlGAN performs well compared to hand-made generators, e.g., setting a new FID "
                + "of 11.42 on Numbat-Gen.", "USES_DATASET:Numbat-Gen", "PROPOSES_METHOD:OwlGAN");
        assertEquals(1, r.size(), r.toString());
        assertEquals("OwlGAN", r.get(0).method().entityLabel());
        assertFalse(r.get(0).baseline());
        // without the participle the comparison clause's value is another method's, whose name it does not give
        assertTrue(extract("OwlGAN performs well compared to hand-made generators with an FID of 11.42 on Numbat-Gen.",
                "USES_DATASET:Numbat-Gen", "PROPOSES_METHOD:OwlGAN").isEmpty());
    }

    @Test
    void bracketedValuesAfterDatasetNamesTakeTheClauseMetric() {
        List<ResultClaim> r = extract("Our OtterNet models reach state-of-the-art accuracy on benchmarks such as Reef-7 "
                + "(92.4%), Kelp-12 (88.1%), Tide-3 (71.5%) and Shoal-9 (64.0%).", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7", "USES_DATASET:Kelp-12", "USES_DATASET:Tide-3", "USES_DATASET:Shoal-9");
        assertEquals(4, r.size(), r.toString());
        String[] sets = {"Reef-7", "Kelp-12", "Tide-3", "Shoal-9"};
        String[] values = {"92.4", "88.1", "71.5", "64.0"};
        for (int i = 0; i < 4; i++) {
            assertEquals(sets[i], r.get(i).dataset().entityLabel());
            assertEquals(new BigDecimal(values[i]), r.get(i).value());
            assertEquals("accuracy", r.get(i).metric().key());
            assertEquals("OtterNet", r.get(i).method().entityLabel());
        }
    }

    @Test
    void bracketedValuesOutsideTheMetricsClauseOrAfterMethodsAreNotRead() {
        // the metric sits in another clause: whose numbers these are is not said
        assertTrue(extract("It reaches higher accuracy than StoatNet, while matching the full model on Reef-7 (92.4%) "
                + "and Kelp-12 (88.1%).", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7",
                "USES_DATASET:Kelp-12").isEmpty());
        // brackets after baselines' names hold the baselines' scores, never the proposed method's
        List<ResultClaim> r = extract("On Reef-7, OtterNet reaches 93.0% accuracy, ahead of StoatNet (90.1%) and "
                + "MinkNet (89.7%).", "PROPOSES_METHOD:OtterNet", "USES_METHOD:StoatNet", "USES_METHOD:MinkNet",
                "USES_DATASET:Reef-7");
        assertTrue(r.stream().noneMatch(c -> c.method().entityLabel().equals("OtterNet")
                && c.value().compareTo(new BigDecimal("93.0")) != 0), r.toString());
        assertTrue(extract("Our method improves accuracy over StoatNet (90.1%) on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_METHOD:StoatNet", "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void resultsInBracketsAfterADatasetNameAreThatDatasets() {
        List<ResultClaim> r = extract("OtterNet sets a new state of the art on Reef-7 (52.3% mIoU), Kelp-12 (test error "
                + "rate of 11.4%) and competitive results on Tide-3.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7", "USES_DATASET:Kelp-12", "USES_DATASET:Tide-3");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Reef-7", r.get(0).dataset().entityLabel());
        assertEquals("miou", r.get(0).metric().key());
        assertEquals("Kelp-12", r.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("11.4"), r.get(1).value());
    }

    @Test
    void metricNamesWithAnAtSignAreRead() {
        List<ResultClaim> r = extract("OtterNet sets the state of the art on Reef-7 and Kelp-12, achieving Recall@1 "
                + "scores of 71.2 and 88.4, respectively.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7",
                "USES_DATASET:Kelp-12");
        assertEquals(2, r.size(), r.toString());
        assertEquals("recall-at-1", r.get(0).metric().key());
        assertEquals("Reef-7", r.get(0).dataset().entityLabel());
        assertEquals(new BigDecimal("88.4"), r.get(1).value());
        assertEquals("Kelp-12", r.get(1).dataset().entityLabel());
    }

    @Test
    void pluralMapScoresAndAHyphenatedEndPointErrorAreRead() {
        List<ResultClaim> r = extract("On Heron-QA and Ibis-QA, WadeRank achieves MAP scores of 81.2% and 77.5%, "
                + "respectively.", "PROPOSES_METHOD:WadeRank", "USES_DATASET:Heron-QA", "USES_DATASET:Ibis-QA");
        assertEquals(2, r.size(), r.toString());
        assertEquals("map", r.get(1).metric().key());
        assertEquals("Ibis-QA", r.get(1).dataset().entityLabel());
        List<ResultClaim> epe = extract("On Reef-7, OtterFlow obtains an end-point-error of 1.734 pixels.",
                "PROPOSES_METHOD:OtterFlow", "USES_DATASET:Reef-7");
        assertEquals(1, epe.size(), epe.toString());
        assertEquals("epe", epe.get(0).metric().key());
        assertTrue(extract("On Reef-7, OtterNet improves the MAP estimate of 0.42 by sampling.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void aBareRankBeforeARankedErrorIsThatErrorAtItsOwnRank() {
        // "a% top-1 and b% top-5 error": the first value is the top-1 error, never a top-1 accuracy
        List<ResultClaim> r = extract("On Reef-7, OtterNet reaches 19.4% top-1 and 4.8% top-5 error.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("top-1-error", r.get(0).metric().key());
        assertEquals(new BigDecimal("19.4"), r.get(0).value());
        assertEquals("top-5-error", r.get(1).metric().key());
        List<ResultClaim> acc = extract("On Reef-7, OtterNet reaches 80.6% top-1 and 95.2% top-5 accuracy.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals("top-1-accuracy", acc.get(0).metric().key(), acc.toString());
        // a rank the lexicon does not know as that error: not said which, so no value
        assertTrue(extract("On Reef-7, OtterNet reaches 19.4% top-2 and 4.8% top-5 error.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").stream()
                .noneMatch(x -> x.value().compareTo(new BigDecimal("19.4")) == 0), "top-2 is no known error");
    }

    @Test
    void aSlashPairGoingOnAfterASlashPairOfAMetricIsReadWhole() {
        // "WER of a/b <setting>, c/d <setting>": the second pair has the first pair's metric, both halves
        List<ResultClaim> r = extract("On Owl-Speech, OtterASR achieves a WER of 2.4%/5.1% without a language "
                + "model and 2.0%/4.4% with one.", "PROPOSES_METHOD:OtterASR", "USES_DATASET:Owl-Speech");
        assertEquals(4, r.size(), r.toString());
        assertEquals(new BigDecimal("2.0"), r.get(2).value());
        assertEquals("word-error-rate", r.get(2).metric().key());
        assertEquals(new BigDecimal("4.4"), r.get(3).value());
        // a pair after a single value is still not read as two scores of it
        List<ResultClaim> single = extract("On Owl-Speech, OtterASR achieves a WER of 2.4% without a language "
                + "model and 2.0%/4.4% with one.", "PROPOSES_METHOD:OtterASR", "USES_DATASET:Owl-Speech");
        assertTrue(single.stream().noneMatch(x -> x.value().compareTo(new BigDecimal("2.0")) == 0), single.toString());
    }

    @Test
    void aBracketOpenedByAMetricAfterAGainWordStatesTheScore() {
        List<ResultClaim> r = extract("On Reef-7, OtterDet beats the best detector by a large margin (mAP 52.3 "
                + "with a small backbone).", "PROPOSES_METHOD:OtterDet", "USES_DATASET:Reef-7");
        assertEquals(1, r.size(), r.toString());
        assertFalse(r.get(0).improvement(), "a score, not a gain");
        assertEquals(new BigDecimal("52.3"), r.get(0).value());
        List<ResultClaim> gain = extract("On Reef-7, OtterDet beats the best detector by a large margin (2.1 mAP).",
                "PROPOSES_METHOD:OtterDet", "USES_DATASET:Reef-7");
        assertEquals(1, gain.size(), gain.toString());
        assertTrue(gain.get(0).improvement(), "the value right after the bracket is still the margin");
    }

    @Test
    void aScoreNamedForItsTaskBeforeItsValuesIsStillTheirMetric() {
        // "F1 score on <task> of a on A, b on B": the lower-case phrase after "score" names the task scored
        List<ResultClaim> r = extract("OtterTag achieves a token level F1 score on cue detection of 88.41 on the "
                + "Heron corpus, 90.12 on the Ibis corpus.", "PROPOSES_METHOD:OtterTag", "USES_DATASET:Heron",
                "USES_DATASET:Ibis");
        assertEquals(2, r.size(), r.toString());
        assertEquals("f1", r.get(1).metric().key());
        assertEquals(new BigDecimal("90.12"), r.get(1).value());
        assertEquals("Ibis", r.get(1).dataset().entityLabel());
        List<ResultClaim> fid = extract("OtterGAN improves FID scores for class-conditional generation from 20.41 to "
                + "17.02 on Reef-7.", "PROPOSES_METHOD:OtterGAN", "USES_DATASET:Reef-7");
        assertEquals(1, fid.size(), fid.toString());
        assertEquals(new BigDecimal("17.02"), fid.get(0).value());
        // after another metric word such a phrase may be a part of the data or a setting: not read
        assertTrue(extract("OtterNet reaches an accuracy for occluded scenes of 61.5 on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").isEmpty());
        assertTrue(extract("OtterNet reaches an F1 score for Heron Gulls of 61.5 on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").isEmpty(), "a written name is no task phrase");
    }

    @Test
    void aMetricNamedTwiceIsTheNamedMetricNotTheGeneralWord() {
        // "mIoU accuracy": accuracy after another metric's name is that metric's score
        List<ResultClaim> r = extract("A single OtterSeg sets a record mIoU accuracy of 81.3% on Reef-7 and accuracy "
                + "70.2% on Kelp-2.", "PROPOSES_METHOD:OtterSeg", "USES_DATASET:Reef-7", "USES_DATASET:Kelp-2");
        assertEquals(2, r.size(), r.toString());
        assertEquals("miou", r.get(0).metric().key());
        assertEquals("accuracy", r.get(1).metric().key());
        // "in terms of" names the metric the value is written in, over a general word before it
        List<ResultClaim> bleu = extract("OtterMT reaches state-of-the-art accuracy (31.9 in terms of BLEU score) on "
                + "Kelp-2.", "PROPOSES_METHOD:OtterMT", "USES_DATASET:Kelp-2");
        assertEquals(1, bleu.size(), bleu.toString());
        assertEquals("bleu", bleu.get(0).metric().key());
        assertEquals(new BigDecimal("31.9"), bleu.get(0).value());
        // a gain stays a gain, also "as high as" after the gain word
        List<ResultClaim> gain = extract("OtterNet outperforms earlier methods on Reef-7, achieving gains as high as "
                + "2.7% in terms of mean average precision.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(1, gain.size(), gain.toString());
        assertTrue(gain.get(0).improvement());
        assertEquals("map", gain.get(0).metric().key());
        // "in terms of" a word the lexicon does not know gives the value no metric
        assertTrue(extract("OtterNet reaches 71.2 in terms of gist on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void aWordOfItsOwnKindBeforeAGeneralMetricKeepsTheMetric() {
        List<ResultClaim> r = extract("On Reef-7, OtterTrack obtains 71.5% joint goal accuracy and 96.2% slot accuracy.",
                "PROPOSES_METHOD:OtterTrack", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("accuracy", r.get(1).metric().key());
        assertEquals(new BigDecimal("96.2"), r.get(1).value());
        assertEquals("slot accuracy", r.get(1).metricText());
        assertEquals(1, extract("OtterNet reaches 44% robust accuracy on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").size());
        // someone else's, a comparison or a change, the data the model learns from: no score
        for (String text : List.of("OtterNet comes close to 94.1% human accuracy on Reef-7.",
                "OtterNet gives 12% improved accuracy on Reef-7.", "OtterNet reaches 99.1% training accuracy on Reef-7.",
                "OtterNet reaches 81.0% gist accuracy on Reef-7 and 12% fewer errors.")) {
            List<ResultClaim> none = extract(text, "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
            assertTrue(none.stream().noneMatch(c -> !c.improvement() && c.value().compareTo(new BigDecimal("12")) == 0
                    || c.value().compareTo(new BigDecimal("94.1")) == 0 || c.value().compareTo(new BigDecimal("99.1")) == 0),
                    text + " " + none);
        }
        // only a general head takes such a word: "42.0% box AP" is an alias, "42.0% pixel F1" no value
        assertTrue(extract("OtterNet reaches 42.0% pixel F1 on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void aMetricOnCountedDataBeforeAColonIsTheMetricOfTheValuesAfterIt() {
        List<ResultClaim> r = extract("We reach state-of-the-art perplexities on two data sets: 61.4 on Reef-7 and 70.2 "
                + "on Kelp-2.", "PROPOSES_METHOD:OtterLM", "USES_DATASET:Reef-7", "USES_DATASET:Kelp-2");
        assertEquals(2, r.size(), r.toString());
        assertEquals("perplexity", r.get(0).metric().key());
        assertEquals("Reef-7", r.get(0).dataset().entityLabel());
        assertEquals(new BigDecimal("70.2"), r.get(1).value());
        assertEquals("Kelp-2", r.get(1).dataset().entityLabel());
        // a phrase that is no count of data (a setting) stands between: not said that the values are the metric's
        assertTrue(extract("We reach low perplexities on noisy long inputs: 61.4 on Reef-7 and 70.2 on Kelp-2.",
                "PROPOSES_METHOD:OtterLM", "USES_DATASET:Reef-7", "USES_DATASET:Kelp-2").isEmpty());
    }

    @Test
    void aMetricForANameJoinsTheValueInBracketsAfterIt() {
        // another metric earlier in the sentence: the bracket needs the metric joined to the name by "for"
        List<ResultClaim> r = extract("OtterGraph is better in both accuracy and training time, and reaches new F1 "
                + "scores for Reef-7 (0.912).", "PROPOSES_METHOD:OtterGraph", "USES_DATASET:Reef-7");
        assertEquals(1, r.size(), r.toString());
        assertEquals("f1", r.get(0).metric().key());
        assertEquals(new BigDecimal("0.912"), r.get(0).value());
        // "for" with other words before the name is no such join
        assertTrue(extract("OtterGraph is better in both F1 and training time, and reaches a new accuracy for tasks "
                + "like Reef-7 (0.912).", "PROPOSES_METHOD:OtterGraph", "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void valuesAfterAListOfNamesOnlyTheLastOfWhichIsAKnownMetricAreNotAllThatMetric() {
        // "gist score, fluency score and ROUGE-L of a, b and c": one value each, not three ROUGE-L
        assertTrue(extract("On Heron-Sum, OtterSum reaches a gist score, fluency score and ROUGE-L of 45.5, 21.3 and "
                + "41.1, respectively.", "PROPOSES_METHOD:OtterSum", "USES_DATASET:Heron-Sum").isEmpty());
        List<ResultClaim> known = extract("On Heron-Sum, OtterSum reaches ROUGE-1, ROUGE-2 and ROUGE-L of 45.5, 21.3 "
                + "and 41.1, respectively.", "PROPOSES_METHOD:OtterSum", "USES_DATASET:Heron-Sum");
        assertEquals(3, known.size(), known.toString());
        assertEquals("rouge-2", known.get(1).metric().key());
        // names of datasets before the metric are no list of metrics
        List<ResultClaim> sets = extract("On Heron and Ibis, OtterNet reaches an accuracy of 91.2% and 90.1%, "
                + "respectively.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Heron", "USES_DATASET:Ibis");
        assertEquals(2, sets.size(), sets.toString());
    }

    @Test
    void slashedValuesNextToAsManySlashedMetricNamesArePairedInOrder() {
        List<ResultClaim> r = extract("On the Reef-7 benchmark, OtterNet reaches rank1/mAP/mINP 91.2%/80.4%/61.7%.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(3, r.size(), r.toString());
        assertEquals("top-1-accuracy", r.get(0).metric().key());
        assertEquals("map", r.get(1).metric().key());
        assertEquals(new BigDecimal("80.4"), r.get(1).value());
        assertEquals("minp", r.get(2).metric().key());
        assertEquals("Reef-7", r.get(2).dataset().entityLabel());
    }

    @Test
    void slashedQualifiersTheTokenizerCutsArePairedInOrderToo() {
        // "top-1/top-5" comes out of the tokenizer as "top-1", "/", "top-5"
        List<ResultClaim> r = extract("OtterNet reaches 80.7%/94.9% top-1/top-5 accuracy on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("top-1-accuracy", r.get(0).metric().key());
        assertEquals(new BigDecimal("80.7"), r.get(0).value());
        assertEquals("top-5-accuracy", r.get(1).metric().key());
        assertEquals(new BigDecimal("94.9"), r.get(1).value());
    }

    @Test
    void aValueWithItsOwnMetricAfterASlashIsAListItem() {
        // "a% mAP / b% rank1": each value has its metric; a value after a bare "x /" is still no score
        List<ResultClaim> r = extract("OtterNet obtains 77.3% mAP / 90.2% rank1 on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("map", r.get(0).metric().key());
        assertEquals("top-1-accuracy", r.get(1).metric().key());
        assertEquals(new BigDecimal("90.2"), r.get(1).value());
        List<ResultClaim> mm = extract("OtterNet reaches 62.5 MPJPE / 41.8 PA-MPJPE on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, mm.size(), mm.toString());
        assertEquals("pa-mpjpe", mm.get(1).metric().key());
        List<ResultClaim> bare = extract("OtterNet obtains 77.3% mAP / 90.2 on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7");
        assertEquals(1, bare.size(), "a value after a slash with no metric of its own is not read: " + bare);
    }

    @Test
    void slashedValuesBeforeAsManySlashedQualifiersOfOneMetricArePairedInOrder() {
        // "box/mask AP": box AP and mask AP, in the order written (both the lexicon's AP)
        List<ResultClaim> r = extract("OtterNet reaches 41.2/36.0 box/mask AP on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals(new BigDecimal("41.2"), r.get(0).value());
        assertEquals(new BigDecimal("36.0"), r.get(1).value());
        assertEquals("ap", r.get(1).metric().key());
        assertEquals("box/mask AP", r.get(1).metricText());
        // three values for two qualifiers: which is which is not said
        assertTrue(extract("OtterNet reaches 41.2/36.0/30.1 box/mask AP on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void slashPairsOfSettingsShareTheDatasetNamedAroundTheList() {
        // each pair is a setting ("with LM"); the dataset is named before the list and after its last pair
        List<ResultClaim> r = extract("We show that on the widely used Kestrel benchmark, OwlNet achieves a word error "
                + "rate (WER) of 2.3%/5.1% without an external language model (LM), 2.0%/4.4% with LM and 3.1%/7.6% "
                + "with only 9M parameters on the clean/noisy Kestrel test sets.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel");
        assertEquals(6, r.size(), r.toString());
        assertTrue(r.stream().allMatch(c -> c.dataset().entityLabel().equals("Kestrel")), r.toString());
        assertTrue(r.stream().anyMatch(c -> c.value().equals(new BigDecimal("4.4"))), r.toString());
        // a later pair measured on something else named in its own phrase stays without a dataset
        List<ResultClaim> other = extract("OwlNet reaches a WER of 2.3%/5.1% on Kestrel without a language model, "
                + "and 9.0%/12.4% on noisy far-field recordings.", "PROPOSES_METHOD:OwlNet", "USES_DATASET:Kestrel");
        assertEquals(2, other.size(), other.toString());
        // and a later pair's own dataset is its own
        List<ResultClaim> own = extract("OwlNet reaches a WER of 2.3%/5.1% on Kestrel without a language model, "
                + "and 9.0%/12.4% with LM on the Heron-Far test sets.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel", "USES_DATASET:Heron-Far");
        assertEquals(4, own.size(), own.toString());
        assertEquals("Heron-Far", own.get(2).dataset().entityLabel());
    }

    @Test
    void averagePrecisionAndAverageRecallJoinedBySlashesArePairedInOrder() {
        // "AP/AR": detection's average precision and average recall, one value each, the unit written once
        List<ResultClaim> r = extract("OtterNet yields 61.4/66.2% average AP/AR on the Reef-7 dataset.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("ap", r.get(0).metric().key());
        assertEquals(new BigDecimal("61.4"), r.get(0).value());
        assertEquals("ar", r.get(1).metric().key());
        assertEquals(new BigDecimal("66.2"), r.get(1).value());
        assertEquals("Reef-7", r.get(1).dataset().entityLabel());
        // "AR" as a word of its own is no score: "AR glasses", "an AR headset"
        assertTrue(extract("OtterNet runs at 61.4 frames per second on AR glasses on Reef-7.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").isEmpty());
        // lower case "ar" is not the metric (short capital names match only in capitals)
        assertTrue(extract("OtterNet reaches 61.4 ar on Reef-7.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void aBenchmarksNameBetweenAValueAndItsMetricIsSkipped() {
        List<ResultClaim> r = extract("Our OtterNet reaches a new best 81.4% Reef-7 top-1 accuracy.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(1, r.size(), r.toString());
        assertEquals("top-1-accuracy", r.get(0).metric().key());
        assertEquals("Reef-7", r.get(0).dataset().entityLabel());
        // "at 80% X accuracy" is an operating point, not a result
        assertTrue(extract("At 80% Reef-7 top-1 accuracy, OtterNet is 3 times faster than PikeNet.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7", "USES_METHOD:PikeNet").isEmpty());
        // a lower-case word is no name
        assertTrue(extract("Our OtterNet reaches 81.4% reef top-1 accuracy.", "PROPOSES_METHOD:OtterNet",
                "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void aValidationProtocolIsNoMethod() {
        // the protocol is no method: "our small model" is the subject, the paper's own score without a name
        assertTrue(unnamedOnly(extract("Using the Kestrel-5 dataset and leave-one-site-out (LOSO) validation, our "
                + "small model attains an F1 of 91.2%.", "PROPOSES_METHOD:LOSO", "USES_DATASET:Kestrel-5")));
    }

    @Test
    void aModelThePapersMethodBoostsIsNoBaseline() {
        String links = "PROPOSES_METHOD:ZoomKit";
        assertTrue(extract("Experiments show that our method boosts the performance of several grounding models; for "
                + "example, OwlVL-7B attains a 71.3% success rate on Quokka-Pro.", links, "USES_METHOD:OwlVL-7B",
                "USES_DATASET:Quokka-Pro").isEmpty(), "OwlVL-7B with ZoomKit applied, not OwlVL-7B alone");
        List<ResultClaim> r = extract("In these tests, OwlVL-7B attains a 71.3% success rate on Quokka-Pro.", links,
                "USES_METHOD:OwlVL-7B", "USES_DATASET:Quokka-Pro");
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).baseline());
    }

    @Test
    void aProposedVariantOfANamedMethodIsNotThatMethod() {
        String text = "Several models, including U-Shape and GlimmerNet, are benchmarked. The proposed NAME reaches a "
                + "Dice score of 85.4% on Kestrel.";
        assertTrue(extract(text.replace("NAME", "dual-branch GlimmerNet"), "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Kestrel").isEmpty());
        assertEquals(1, extract(text.replace("NAME", "GlimmerNet"), "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Kestrel").size());
    }

    @Test
    void aValueNamedByAnUnknownMetricIsNotTheNeighbouringMetrics() {
        List<ResultClaim> r = extract("On Kestrel, OwlNet attains PR-AUC = 94.5%, F1 = 91.2%, MCC = 89.4%.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Kestrel");
        assertTrue(r.stream().noneMatch(c -> c.value().equals(new BigDecimal("89.4"))), r.toString());
        assertTrue(r.stream().anyMatch(c -> c.value().equals(new BigDecimal("91.2"))
                && c.metric().key().equals("f1")), r.toString());
        List<ResultClaim> gains = extract("Fine-tuned on our images, OwlNet beats the original model by up to 7.03% "
                + "in RMSE and 19.3% in KelpErr on the Kestrel test set.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel");
        assertTrue(gains.stream().noneMatch(c -> c.value().equals(new BigDecimal("19.3"))), gains.toString());
        // a metric the list knows is that value's own
        List<ResultClaim> known = extract("Fine-tuned on our images, OwlNet beats the original model by up to 7.03% "
                + "in RMSE and 19.3% in SqRel on the Kestrel test set.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel");
        assertTrue(known.stream().allMatch(c -> !c.value().equals(new BigDecimal("19.3"))
                || c.metric().key().equals("sq-rel")), known.toString());
        // where the metric stood after "in", a linked name is another metric, not the value's dataset
        List<ResultClaim> linked = extract("OwlNet matches or beats prior methods, achieving up to 5% improvement in "
                + "AUROC and 9% in PRR.", "PROPOSES_METHOD:OwlNet", "USES_DATASET:PRR");
        assertTrue(linked.isEmpty(), linked.toString());
    }

    @Test
    void aShareOfTheFullModelsScoreOrAScoreOnAPartOfTheLabelsIsNoScore() {
        assertTrue(extract("OwlPrune keeps its quality, preserving 100% accuracy on Kestrel with a small budget.",
                "PROPOSES_METHOD:OwlPrune", "USES_DATASET:Kestrel").isEmpty());
        assertTrue(extract("OwlTag attains near-perfect performance on open-set labels, with F1 of 0.99 on Kestrel.",
                "PROPOSES_METHOD:OwlTag", "USES_DATASET:Kestrel").isEmpty());
    }

    @Test
    void aSecondReadingInBracketsAndAValueOnUnlinkedDataAreNotTheFramesDatasets() {
        List<ResultClaim> r = extract("On the Kestrel data, OwlNet achieves an overall accuracy (balanced accuracy) "
                + "of 95.5 % (94.8 %), and 91.8 % (79.1 %) on the Wren data.", "PROPOSES_METHOD:OwlNet",
                "USES_DATASET:Kestrel");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("95.5"), r.get(0).value());
        assertEquals("Kestrel", r.get(0).dataset().entityLabel());
    }

    @Test
    void aGainWithoutADatasetDoesNotTakeTheNextStatementsDataset() {
        List<ResultClaim> r = extract("OwlDet (small) achieves 48.0 AP on Kestrel, beating StoatDet (small) by 5.3 AP "
                + "at similar latency, and OwlDet (large) outperforms EmuDet (tiny) by 1.2 AP on Wren.",
                "PROPOSES_METHOD:OwlDet", "USES_DATASET:Kestrel", "USES_DATASET:Wren");
        assertTrue(r.stream().noneMatch(c -> c.value().equals(new BigDecimal("5.3"))), r.toString());
        assertTrue(r.stream().anyMatch(c -> c.value().equals(new BigDecimal("1.2"))
                && c.dataset().entityLabel().equals("Wren")), r.toString());
    }

    @Test
    void aDatasetWrittenWithALongerNameInAListIsAnotherDataset() {
        List<ResultClaim> r = extract("OwlField achieves average improvements of 16.8%, 4.3%, and 2.0% in mIoU over "
                + "prior methods on the Ref Kestrel, Kestrel OVS, and Wren datasets, respectively.",
                "PROPOSES_METHOD:OwlField", "USES_DATASET:Kestrel", "USES_DATASET:Kestrel OVS", "USES_DATASET:Wren");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Kestrel OVS", r.get(0).dataset().entityLabel());
        assertEquals(new BigDecimal("4.3"), r.get(0).value());
        assertEquals("Wren", r.get(1).dataset().entityLabel());
    }

    @Test
    void pluralMetricNamesAndNamesBetweenTheMetricAndItsValuesAreRead() {
        List<ResultClaim> r = extract("Our methods achieve state-of-the-art mIoUs of 81.5% on Reef-7 and 80.9% on "
                + "Kelp-12.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7", "USES_DATASET:Kelp-12");
        assertEquals(2, r.size(), r.toString());
        assertEquals("miou", r.get(1).metric().key());
        assertEquals("Kelp-12", r.get(1).dataset().entityLabel());
        List<ResultClaim> lm = extract("OtterLM improves the state-of-the-art perplexities on Reef-Text and Kelp-Text "
                + "to 47.69 and 40.68 respectively.", "PROPOSES_METHOD:OtterLM", "USES_DATASET:Reef-Text",
                "USES_DATASET:Kelp-Text");
        assertEquals(2, lm.size(), lm.toString());
        assertEquals("Reef-Text", lm.get(0).dataset().entityLabel());
        assertEquals(new BigDecimal("40.68"), lm.get(1).value());
        assertEquals("Kelp-Text", lm.get(1).dataset().entityLabel());
        List<ResultClaim> gain = extract("Adding a few real samples boosts zero-shot accuracy on the Reef-7 benchmark "
                + "by 27%.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(1, gain.size(), gain.toString());
        assertTrue(gain.get(0).improvement());
    }

    @Test
    void respectivelyWithSettingsKeepsTheOnlyDatasetButVersionsAreNoValues() {
        List<ResultClaim> r = extract("OtterNet sets a new state of the art for a small backbone on Reef-7 trained "
                + "with either 10% or 1% of the labels, reaching 75.5% and 66.5% top-1 respectively.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Reef-7", r.get(1).dataset().entityLabel());
        // an unlinked first item of a list ("x and Reef-7") leaves the pairing unknown
        assertTrue(extract("OtterNet lowers the error on the kelp and Reef-7 sets to 1.19 and 1.08 bits/char "
                + "respectively.", "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7").isEmpty());
        List<ResultClaim> versions = extract("Our single model obtains 94.6% and 88.7% F1 on Reef-QA 1.1 and 2.0 "
                + "respectively.", "PROPOSES_METHOD:OtterQA", "USES_DATASET:Reef-QA");
        assertTrue(versions.stream().noneMatch(c -> c.value().scale() == 1 && c.value().intValue() < 3),
                versions.toString());
    }

    @Test
    void aMethodNamedInAComparisonOpeningTheSentenceIsNotTheSubject() {
        List<ResultClaim> r = extract("Compared to StoatNMS, our method improves on Reef-7 to 89.0% AP and 92.9% "
                + "recall respectively.", "PROPOSES_METHOD:StoatNMS", "PROPOSES_METHOD:OtterNMS",
                "USES_DATASET:Reef-7");
        assertTrue(r.stream().noneMatch(c -> c.method() != null && c.method().entityLabel().equals("StoatNMS")),
                r.toString());
    }

    @Test
    void theNameEndingAtTheTitlesColonIsThePapersMethod() {
        String text = "We achieve an error rate of 2.57% on Reef-7.";
        String[] links = {"PROPOSES_METHOD:OtterNAS", "PROPOSES_METHOD:edge smoothing", "USES_DATASET:Reef-7"};
        List<ResultClaim> r = extractTitled("Printed at a Workshop 2031 OtterNAS: Partial Channels for Search", text,
                links);
        assertEquals(1, r.size(), r.toString());
        assertEquals("OtterNAS", r.get(0).method().entityLabel());
    }

    @Test
    void aValueAfterThanOrPreviousIsAnotherMethods() {
        List<ResultClaim> r = extract("On Reef-QA, our single model achieves 84.6 F1, which is significantly better "
                + "than the best published F1 score of 81.8.", "PROPOSES_METHOD:OtterQA", "USES_DATASET:Reef-QA");
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("84.6"), r.get(0).value());
        List<ResultClaim> fromTo = extract("On Reef-QA, OtterQA improves the previous state of the art from 71.0% F1 "
                + "to 75.9%.", "PROPOSES_METHOD:OtterQA", "USES_DATASET:Reef-QA");
        assertEquals(1, fromTo.size(), fromTo.toString());
        assertEquals(new BigDecimal("75.9"), fromTo.get(0).value());
    }

    @Test
    void fromDownToARemarkInBracketsAndARankBeforeAnotherMetric() {
        List<ResultClaim> down = extract("On Reef-Text, our best single model improves state-of-the-art perplexity "
                + "from 51.3 down to 30.0.", "PROPOSES_METHOD:OtterLM", "USES_DATASET:Reef-Text");
        assertEquals(1, down.size(), down.toString());
        assertEquals(new BigDecimal("30.0"), down.get(0).value());
        assertFalse(down.get(0).improvement());
        List<ResultClaim> remark = extract("With a small backbone, OtterNet achieves 82.4% (+5.1% over the previous "
                + "best) top-1 accuracy on Reef-7, and 56.2% (+11.7%) Top-1 Recall on Kelp-12 retrieval.",
                "PROPOSES_METHOD:OtterNet", "USES_DATASET:Reef-7", "USES_DATASET:Kelp-12");
        assertEquals(1, remark.size(), remark.toString());
        assertEquals(new BigDecimal("82.4"), remark.get(0).value());
        assertEquals("top-1-accuracy", remark.get(0).metric().key());
        assertEquals("Reef-7", remark.get(0).dataset().entityLabel());
    }

    @Test
    void theOnlyProposedMethodTheTitleNamesIsThePapersWhenItsLabelIsAMadeName() {
        String text = "Our approach achieves the state of the art with 57.0% top-1 accuracy on Reef-7.";
        assertEquals("OtterNets", onlyMethod("Video Parsing with OtterNets", text, "PROPOSES_METHOD:OtterNets",
                "PROPOSES_METHOD:Motion Band Module", "USES_DATASET:Reef-7"));
        // two proposed methods named by the title ("Batch X" and "X"): not clear which
        assertTrue(unnamedOnly(extractTitled("Batch OtterDrop Network for Parsing", text, "PROPOSES_METHOD:OtterDrop",
                "PROPOSES_METHOD:Batch OtterDrop", "USES_DATASET:Reef-7")));
    }

    /** Every result is the paper's own with no method named (and there is one). */
    private static boolean unnamedOnly(List<ResultClaim> r) {
        return !r.isEmpty() && r.stream().allMatch(c -> c.method() == null && c.rule().endsWith("method:own-unnamed"));
    }

    /** The method of the text's only result and how it was chosen, or "none". */
    private static String describedMethod(String abstractText, String... links) {
        List<ResultClaim> r = extract(abstractText, links);
        assertTrue(r.size() <= 1, r.toString());
        return r.isEmpty() ? "none" : (r.get(0).method() == null ? "-" : r.get(0).method().entityLabel()) + " by "
                + r.get(0).rule().replaceAll(".*method:", "");
    }

    @Test
    void aLowerCaseDescriptionOfTheProposedMethodIsItsMethodAsTheSubjectOfTheScore() {
        assertEquals("dense quokka transformers by described-subject", describedMethod("When applied to parsing, "
                + "dense quokka transformers set a new best on Fern-QA with 71.2% accuracy.",
                "PROPOSES_METHOD:dense quokka transformers", "USES_DATASET:Fern-QA"));
        assertEquals("staged kelp decoder by described-subject", describedMethod("Our staged kelp decoder reaches "
                + "71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:staged kelp decoder",
                "PROPOSES_METHOD:KiwiNet", "PROPOSES_METHOD:PearNet", "USES_DATASET:Fern-QA"));
        assertEquals("none", describedMethod("A parser with the staged kelp decoder reaches 64.0% accuracy on "
                + "Fern-QA.", "PROPOSES_METHOD:staged kelp decoder", "USES_DATASET:Fern-QA"), "a component");
        assertEquals("- by own-unnamed", describedMethod("We reach 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:staged kelp decoder", "USES_DATASET:Fern-QA"),
                "\"we\" alone does not name the description: the paper's score, no method");
    }

    @Test
    void ourFrameworkIsTheDescriptionWithThatHeadNounOrKind() {
        assertEquals("staged kelp parsing framework by described-own", describedMethod("Our framework reaches "
                + "71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:staged kelp parsing framework",
                "PROPOSES_METHOD:kelp attention module", "USES_DATASET:Fern-QA"));
        assertEquals("staged kelp parsing algorithm by described-own", describedMethod("The proposed method "
                + "reaches 71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:staged kelp parsing algorithm",
                "PROPOSES_METHOD:kelp attention module", "USES_DATASET:Fern-QA"));
        // where the description is not singled out, the score is the paper's own with no method named
        assertEquals("- by own-unnamed", describedMethod("Our method reaches 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:kelp parsing network", "PROPOSES_METHOD:kelp ranking model", "USES_DATASET:Fern-QA"),
                "two descriptions of that kind: not guessed");
        assertEquals("- by own-unnamed", describedMethod("Our system reaches 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:kelp aggregation procedure", "USES_DATASET:Fern-QA"), "a step is no whole method");
        assertEquals("- by own-unnamed", describedMethod("Our framework reaches 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:staged kelp parsing framework", "PROPOSES_METHOD:KiwiNet",
                "PROPOSES_METHOD:PearNet", "USES_DATASET:Fern-QA"), "named proposed methods come first");
        assertEquals("- by own-unnamed", describedMethod("Our network reaches 71.2% accuracy on Fern-QA.",
                "PROPOSES_METHOD:state-of-the-art mobile network", "USES_DATASET:Fern-QA"), "others' work");
    }

    /** Each result as "value by method (how)", in text order. */
    private static List<String> methods(String title, String abstractText, String... links) {
        return extractTitled(title, abstractText, links).stream().map(c -> c.value().toPlainString() + " by "
                + (c.method() == null ? "-" : c.method().entityLabel()) + " ("
                + c.rule().replaceAll(".*method:", "") + ")").toList();
    }

    private static final String MAIN_TITLE = "Wombat Call Parsing with a Quokka Gate Network";
    private static final String MAIN_TEXT = "We propose the Quokka Gate Network, which adds a Kelp Filter to a plain "
            + "reader. The Quokka Gate Network is trained end to end. ";

    @Test
    void ourModelInAPaperWithSeveralProposedMethodsIsTheMainOne() {
        assertEquals(List.of("71.2 by Quokka Gate Network (main)"), methods(MAIN_TITLE, MAIN_TEXT
                + "Our model reaches 71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network",
                "PROPOSES_METHOD:Kelp Filter", "USES_DATASET:Fern-QA"));
        assertEquals(List.of("71.2 by Quokka Gate Network (main)"), methods(MAIN_TITLE, MAIN_TEXT
                + "On Fern-QA, we reach 71.2% accuracy.", "PROPOSES_METHOD:Quokka Gate Network",
                "PROPOSES_METHOD:Kelp Filter", "USES_DATASET:Fern-QA"));
    }

    @Test
    void ourScoreInAPaperThatNamesNoMethodOfItsOwnHasNoMethod() {
        assertEquals(List.of("71.2 by - (own-unnamed)", "64.5 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We study gated readers. Our method reaches 71.2% and 64.5% accuracy on Fern-QA and Moss-QA, "
                        + "respectively.", "USES_DATASET:Fern-QA", "USES_DATASET:Moss-QA"));
        assertEquals(List.of("2.1 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "On Fern-QA, we improve accuracy by 2.1 points.", "USES_DATASET:Fern-QA"));
    }

    @Test
    void theModelOrAnAgentlessPassiveIsThePapersOwnWhenItNamesNoMethod() {
        assertEquals(List.of("5.5 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We study gated readers. The model achieves 5.5% WER on Fern-QA.", "USES_DATASET:Fern-QA"));
        assertEquals(List.of("90.9 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "On the large Fern-QA set, an accuracy of 90.9% is achieved.", "USES_DATASET:Fern-QA"));
        assertEquals(List.of(), methods("Parsing Wombat Calls",
                "The baseline model achieves 5.5% WER on Fern-QA.", "USES_DATASET:Fern-QA"), "someone else's model");
        assertEquals(List.of(), methods("Parsing Wombat Calls",
                "On Fern-QA, an accuracy of 90.9% was achieved by earlier readers.", "USES_DATASET:Fern-QA"),
                "a passive with its agent");
        assertEquals(List.of(), methods("A Benchmark for Wombat Call Parsing",
                "The model achieves 5.5% WER on Fern-QA.", "USES_DATASET:Fern-QA"), "a benchmark paper's models");
    }

    @Test
    void aLengthKeepsItsUnit() {
        List<ResultClaim> r = extract("On Heron, BirdNet reaches a mean depth RMSE of 11.7 cm.", "USES_DATASET:Heron",
                "PROPOSES_METHOD:BirdNet");
        assertEquals(1, r.size(), r.toString());
        assertEquals("cm", r.get(0).unit());
    }

    @Test
    void aPercentageOfNoiseOrDataIsASettingNotAScore() {
        assertEquals(List.of("61.2"), extract("At 80% uniform noise, BirdNet reaches 61.2% accuracy on Heron.",
                "USES_DATASET:Heron", "PROPOSES_METHOD:BirdNet").stream().map(c -> c.value().toPlainString()).toList());
        assertEquals(List.of(), extract("We improve accuracy on Heron at 80% uniform noise.",
                "USES_DATASET:Heron", "PROPOSES_METHOD:BirdNet"));
        assertEquals(List.of(), extract("Trained with 40% clean labels, BirdNet is robust on Heron.",
                "USES_DATASET:Heron", "PROPOSES_METHOD:BirdNet"));
    }

    @Test
    void aDatasetTheModelWasTrainedOnIsNotWhereItWasTestedElsewhere() {
        assertEquals(List.of(), methods("Parsing Wombat Calls", "Our reader trained on the Fern-QA set and tested "
                + "on a private set reaches an F1 of 0.81.", "USES_DATASET:Fern-QA"));
        assertEquals(List.of("0.81 by - (own-unnamed)"), methods("Parsing Wombat Calls", "Trained and tested on "
                + "the Fern-QA set, our reader reaches an F1 of 0.81.", "USES_DATASET:Fern-QA"));
    }

    @Test
    void aConjunctAfterAndWithoutASubjectTakesTheSubjectBeforeAnd() {
        String[] two = {"USES_DATASET:Fern-QA", "USES_DATASET:Moss-QA"};
        assertEquals(List.of("44.1 by - (own-unnamed)", "39.7 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We reach a perplexity of 44.1 on Fern-QA and 39.7 on Moss-QA.", two),
                "the value after \"and\" has no subject of its own: the paper's, as the first");
        assertEquals(List.of("83.2 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We test our reader on the Fern-QA benchmark, and achieve an F1 of 83.2%.", "USES_DATASET:Fern-QA"),
                "a verb right after \"and\" goes on with the subject before it");
        assertEquals(List.of("12.3 by - (own-unnamed)", "5.1 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "On Fern-QA, we obtain a perplexity of 12.3 and a new error rate of 5.1%.", "USES_DATASET:Fern-QA"));
        assertEquals(List.of("61.2 by - (own-unnamed)", "52.4 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "Our reader sets a new best on Fern-QA (61.2% accuracy) and Moss-QA (52.4% accuracy).", two));
        assertEquals(List.of("82.4 by - (own-unnamed)"), methods("Parsing Wombat Calls", "We reach 82.4% top-1 "
                + "accuracy on Fern-QA and 56.2% (+11.7%) Top-1 Recall on Moss-QA.", two),
                "a value that borrows the metric before it but is followed by a metric of its own: nothing");
    }

    /** Value, dataset label and dataset rule of each result, in order. */
    private static List<String> onDatasets(String abstractText, String... links) {
        return extract(abstractText, links).stream().map(r -> r.value().stripTrailingZeros().toPlainString() + " on "
                + r.dataset().entityLabel() + " (" + r.rule().replaceAll(".*dataset:|\\+method.*", "") + ")").toList();
    }

    @Test
    void aSecondSettingAfterAndTakesTheDatasetOfItsMetric() {
        String[] links = {"PROPOSES_METHOD:OtterSeg", "USES_DATASET:Kestrel City", "USES_DATASET:Emu Roads"};
        String first = "OtterSeg reaches 66.1% mIoU on the Kestrel City test set with 2.3 GFLOPs and a speed of 150 FPS";
        assertEquals(List.of("66.1 on Kestrel City (after)", "68.4 on Kestrel City (conjunct-setting)"),
                onDatasets(first + ", and 68.4% mIoU with 4.1 GFLOPs while running on larger crops.", links),
                "the conjunct names nothing it is measured on: a second setting of the same dataset");
        assertEquals(List.of("66.1 on Kestrel City (after)"),
                onDatasets(first + ", and 58.2% mIoU in zero-shot transfer.", links),
                "the conjunct says what else it is measured on");
        assertEquals(List.of("66.1 on Kestrel City (after)"),
                onDatasets(first + ", and 58.2% mIoU with 4.1 GFLOPs while testing on the noisy data.", links),
                "data named after the conjunct: not clearly the same dataset");
        assertEquals(List.of("66.1 on Kestrel City (after)"),
                onDatasets(first + ", and 58.2% mIoU with 4.1 GFLOPs on Wombat Streets.", links),
                "a name no link gives after the conjunct: another dataset");
        assertEquals(List.of("66.1 on Kestrel City (after)"), onDatasets("OtterSeg reaches 66.1% mIoU on Kestrel "
                + "City, whereas the plain decoder stays lower at 55.0% mIoU, and 60.3% mIoU with 4.1 GFLOPs.", links),
                "an earlier value of the metric with no dataset (after a contrast): which dataset is not said");
    }

    @Test
    void conjunctsEndingWithTheSentencesOnlyDatasetShareIt() {
        String[] links = {"PROPOSES_METHOD:OtterParse", "USES_DATASET:Kestrel Treebank"};
        assertEquals(List.of("91.4 on Kestrel Treebank (trailing)", "94.2 on Kestrel Treebank (after)"),
                onDatasets("OtterParse reaches 91.4 F1 of chunking and 94.2% UAS of dependency parsing on the Kestrel "
                        + "Treebank.", links), "the first conjunct names no target: the dataset at the end holds for both");
        assertEquals(List.of("33.1 on Kestrel Treebank (trailing)", "12.5 on Kestrel Treebank (after)"),
                onDatasets("OtterParse raises the F1 from 30.2 to 33.1 and lowers the error rate from 15.0% to 12.5% "
                        + "on the Kestrel Treebank.", links));
        assertEquals(List.of("94.2 on Kestrel Treebank (after)"), onDatasets("OtterParse reaches 91.4 F1 on average "
                + "and 94.2% UAS on the Kestrel Treebank.", links), "the first conjunct names its own target");
        assertEquals(List.of("94.2 on Kestrel Treebank (after)"), onDatasets("OtterParse reaches 91.4 F1 on the "
                + "held-out set and 94.2% UAS on the Kestrel Treebank.", links));
        assertEquals(List.of("94.2 on Kestrel Treebank (after)"), onDatasets("OtterParse reaches 91.4 F1 of Elvish "
                + "chunking and 94.2% UAS of dependency parsing on the Kestrel Treebank.", links),
                "\"of\" before a name: another target");
        assertEquals(List.of("94.2 on Kestrel Treebank (after)"), onDatasets("OtterParse reaches 91.4 F1, whereas "
                + "older parsers stay lower, and 94.2% UAS on the Kestrel Treebank.", links),
                "a contrast between: not one chain of conjuncts");
    }

    @Test
    void aConjunctAfterAndWithASubjectOfItsOwnKeepsIt() {
        String[] two = {"USES_DATASET:Fern-QA", "USES_DATASET:Moss-QA"};
        assertEquals(List.of("44.1 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We reach a perplexity of 44.1 on Fern-QA and the plain reader gets 49.7 on Moss-QA.", two),
                "the conjunct names its own subject: whose 49.7 it is, is said, and it is not the paper's");
        assertEquals(List.of("44.1 by - (own-unnamed)"), methods("Parsing Wombat Calls",
                "We reach a perplexity of 44.1 on Fern-QA, whereas earlier readers stay above 50, and 49.7 on "
                        + "Moss-QA.", two), "after a contrast the subject before \"and\" is the others'");
        assertEquals(List.of(), methods("Parsing Wombat Calls",
                "A plain reader reaches 64.0% accuracy on Fern-QA and 61.5% on Moss-QA.", two),
                "no owner before \"and\" either: nothing");
    }

    @Test
    void aFindingAboutOtherModelsIsNotThePapersScore() {
        String[] links = {"PROPOSES_METHOD:Kelp Filter", "PROPOSES_METHOD:Quokka Gate", "USES_DATASET:Fern-QA"};
        assertEquals(List.of(), methods("Parsing Wombat Calls", "We find that the best model reaches only 41.2% "
                + "accuracy on Fern-QA.", links));
        assertEquals(List.of(), methods("Parsing Wombat Calls", "Our analysis shows that human experts reach 91.2% "
                + "accuracy on Fern-QA.", links));
        assertEquals(List.of("71.2 by - (own-unnamed)"), methods("Parsing Wombat Calls", "Experiments show that our "
                + "model reaches 71.2% accuracy on Fern-QA.", links), "the paper's own finding about its model");
    }

    @Test
    void aScoreWithoutItsOwnerOrInASurveyIsNotTheUnnamedMethods() {
        assertEquals(List.of(), methods("Parsing Wombat Calls", "A plain reader reaches 64.0% accuracy on Fern-QA.",
                "USES_DATASET:Fern-QA"), "no \"our\", \"we\" or \"proposed\": whose score it is is not said");
        assertEquals(List.of(), methods("Parsing Wombat Calls",
                "We find that KiwiNet reaches 64.0% accuracy on Fern-QA.", "USES_METHOD:KiwiNet",
                "USES_DATASET:Fern-QA"), "a named method's score is never the unnamed method's");
        assertEquals(List.of(), methods("A Survey of Wombat Call Parsing", "Our best model reaches 64.0% accuracy "
                + "on Fern-QA.", "USES_DATASET:Fern-QA"), "a survey's models are others'");
        assertEquals(List.of(), methods("Fern-QA: A Benchmark for Wombat Call Parsing", "Our model reaches 41.2% "
                + "accuracy on Fern-QA.", "USES_DATASET:Fern-QA"), "a benchmark paper's scores");
        assertEquals(List.of("71.2 by Quokka Gate Network (paper)"), methods(MAIN_TITLE, "Our method reaches 71.2% "
                + "accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network", "USES_DATASET:Fern-QA"),
                "a named method of the paper takes it as before");
    }

    @Test
    void theMainMethodIsNotGivenAScoreThatIsNotTheirs() {
        assertEquals(List.of(), methods(MAIN_TITLE, MAIN_TEXT + "The plain reader reaches 64.0% accuracy on Fern-QA.",
                "PROPOSES_METHOD:Quokka Gate Network", "PROPOSES_METHOD:Kelp Filter", "USES_DATASET:Fern-QA"),
                "no \"our\", \"we\" or \"proposed\": whose score it is is not said");
        assertEquals(List.of("64.0 by KiwiNet (baseline+baseline)"), methods(MAIN_TITLE, MAIN_TEXT
                + "On Fern-QA, KiwiNet reaches 64.0% accuracy.", "PROPOSES_METHOD:Quokka Gate Network",
                "PROPOSES_METHOD:Kelp Filter", "USES_METHOD:KiwiNet", "USES_DATASET:Fern-QA"), "a baseline's");
        assertEquals(List.of(), methods(MAIN_TITLE, MAIN_TEXT + "Our model beats the previous best of 64.0% "
                + "accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network", "PROPOSES_METHOD:Kelp Filter",
                "USES_DATASET:Fern-QA"), "another method's score");
        assertEquals(List.of(), methods("A Survey of Quokka Gate Networks for Wombat Call Parsing", MAIN_TEXT
                + "Our model reaches 71.2% accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network",
                "PROPOSES_METHOD:Kelp Filter", "USES_DATASET:Fern-QA"), "a survey proposes no method of its own");
        assertEquals(List.of(), methods("Fern-QA: A Benchmark for Wombat Call Parsing with a Quokka Gate Network",
                MAIN_TEXT + "Our model reaches 41.2% accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network",
                "PROPOSES_METHOD:Kelp Filter", "USES_DATASET:Fern-QA"), "a benchmark paper's scores");
        assertEquals(List.of("71.2 by - (own-unnamed)"), methods("Wombat Call Parsing with Gates and Filters",
                "We propose a gated reader with a Quokka Gate Network and a Kelp Filter. Our model reaches 71.2% "
                + "accuracy on Fern-QA.", "PROPOSES_METHOD:Quokka Gate Network", "PROPOSES_METHOD:Kelp Filter",
                "USES_DATASET:Fern-QA"), "neither is named by the title or as the proposal's object: the paper's "
                + "score, no method");
    }

    private static String task(ResultClaim c) {
        return c.task() == null ? null : c.task().entityLabel();
    }

    @Test
    void aTaskRightAfterTheValueIsItsOwn() {
        List<ResultClaim> r = extract("On Quokka-10, GlimmerNet reaches 55.7% box AP for wombat detection, 48.5% "
                + "mask AP for wombat segmentation.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10",
                "ADDRESSES_TASK:wombat detection", "ADDRESSES_TASK:wombat segmentation");
        assertEquals(2, r.size(), r.toString());
        assertEquals("wombat detection", task(r.get(0)));
        assertEquals("wombat segmentation", task(r.get(1)), "not the nearer task before it, the first value's");
    }

    @Test
    void aTaskBeforeTheValuesOfItsClauseIsTheirs() {
        List<ResultClaim> r = extract("GlimmerNet excels at wombat detection (58.7 box AP and 51.1 mask AP on "
                + "Quokka-10).", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10",
                "ADDRESSES_TASK:wombat detection", "ADDRESSES_TASK:quokka tagging");
        assertEquals(2, r.size(), r.toString());
        assertEquals("wombat detection", task(r.get(0)));
        assertEquals("wombat detection", task(r.get(1)));
    }

    @Test
    void aTaskOfAnotherClauseOrAnotherValueIsNone() {
        List<ResultClaim> r = extract("GlimmerNet reaches an F1 of 91.6 on Quokka-10, surpassing systems that rely on "
                + "wombat engineering.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10",
                "ADDRESSES_TASK:wombat engineering", "ADDRESSES_TASK:quokka tagging");
        assertEquals(1, r.size(), r.toString());
        assertEquals(null, task(r.get(0)), "the compared systems' task is not the result's");
        r = extract("GlimmerNet reaches 82.4% accuracy on Quokka-10 and 52.9% on Quokka-20 wombat counting.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "USES_DATASET:Quokka-20",
                "ADDRESSES_TASK:wombat counting", "ADDRESSES_TASK:quokka tagging");
        assertEquals(2, r.size(), r.toString());
        assertEquals(null, task(r.get(0)), "the next value's task");
        assertEquals("wombat counting", task(r.get(1)));
    }

    @Test
    void aTaskBeforeAListIsItsLaterItemsToo() {
        List<ResultClaim> r = extract("GlimmerNet improves wombat counting accuracy by 16.8% on Quokka-10, 14.3% on "
                + "Quokka-20, and 19.2% on Quokka-30.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10",
                "USES_DATASET:Quokka-20", "USES_DATASET:Quokka-30", "ADDRESSES_TASK:wombat counting",
                "ADDRESSES_TASK:quokka tagging");
        assertEquals(3, r.size(), r.toString());
        r.forEach(c -> assertEquals("wombat counting", task(c), c.toString()));
    }

    @Test
    void theOnlyTaskOfThePaperWhenTheSentenceNamesNone() {
        List<ResultClaim> r = extract("GlimmerNet reaches 91.3% accuracy on Quokka-10.", "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Quokka-10", "ADDRESSES_TASK:wombat counting");
        assertEquals("wombat counting", task(r.get(0)));
        r = extract("GlimmerNet reaches 91.3% accuracy on Quokka-10.", "PROPOSES_METHOD:GlimmerNet",
                "USES_DATASET:Quokka-10", "ADDRESSES_TASK:wombat counting", "ADDRESSES_TASK:quokka tagging");
        assertEquals(null, task(r.get(0)), "two tasks and the sentence names neither: none, not a guess");
    }

    @Test
    void aTaskInTheMetricsNameOrAfterTheValuesListIsTheirs() {
        List<ResultClaim> r = extract("GlimmerNet reaches 44.4% mask AP and 49.7% box AP on the Quokka-10 wombat "
                + "segmentation benchmark.", "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10",
                "ADDRESSES_TASK:wombat segmentation", "ADDRESSES_TASK:quokka tagging");
        assertEquals(2, r.size(), r.toString());
        assertEquals("wombat segmentation", task(r.get(0)));
        assertEquals("wombat segmentation", task(r.get(1)));
        r = extract("On Quokka-10, 99.1% face verification accuracy is reached by GlimmerNet.",
                "PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "ADDRESSES_TASK:face verification",
                "ADDRESSES_TASK:quokka tagging");
        assertEquals(1, r.size(), r.toString());
        assertEquals("face verification", task(r.get(0)));
    }

    @Test
    void ranksListedBeforeARankedMetricAndValuesAfterRespectivelyOrEqualTo() {
        List<ResultClaim> r = extract("On Marmot-1K our HeronNet reaches top-1 and top-5 errors of 21.37% and 6.02%, "
                + "respectively.", "PROPOSES_METHOD:HeronNet", "USES_DATASET:Marmot-1K");
        assertEquals(2, r.size(), r.toString());
        assertEquals("top-1-error", r.get(0).metric().key());
        assertEquals(new BigDecimal("21.37"), r.get(0).value());
        assertEquals("top-5-error", r.get(1).metric().key());
        assertTrue(extract("On Marmot-1K our HeronNet reaches top-3 and top-5 errors of 14.2% and 6.02%, "
                + "respectively.", "PROPOSES_METHOD:HeronNet", "USES_DATASET:Marmot-1K").isEmpty(),
                "a rank the metric list lacks: which value is top-5 is not said");
        r = extract("The test accuracies are respectively 71.15% on Marmot-1K and 55.02% on Vole-7.",
                "PROPOSES_METHOD:HeronNet", "USES_DATASET:Marmot-1K", "USES_DATASET:Vole-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("Vole-7", r.get(1).dataset().entityLabel());
        assertEquals(new BigDecimal("55.02"), r.get(1).value());
        r = extract("On Vole-7 our HeronNet gives an F1-score and AUC equal to 0.83 and 0.88, respectively.",
                "PROPOSES_METHOD:HeronNet", "USES_DATASET:Vole-7");
        assertEquals(2, r.size(), r.toString());
        assertEquals("auc", r.get(1).metric().key());
        assertEquals(new BigDecimal("0.88"), r.get(1).value());
    }

    @Test
    void aScoreWhoseSentenceNamesNoDatasetTakesTheOneAnEvaluationSentenceIntroduced() {
        String[] links = {"PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "USES_DATASET:Emu-5"};
        List<ResultClaim> r = extract("We evaluate GlimmerNet on the Quokka-10 benchmark. GlimmerNet reaches 84.1% "
                + "accuracy. A follow-up study will use Emu-5.", links);
        assertEquals(1, r.size(), r.toString());
        assertEquals("Quokka-10", r.get(0).dataset().entityLabel());
        assertTrue(r.get(0).rule().contains("dataset:earlier"), r.get(0).rule());
        // a sentence that states no value does not end what the evaluation sentence introduced
        assertEquals(1, extract("Experiments are run on Quokka-10. Training takes two days on 8 GPUs. In the end, "
                + "GlimmerNet reaches 84.1% accuracy. Emu-5 is left for later work.", links).size());
        // the title introduces the dataset for the first sentence
        List<ResultClaim> titled = extractTitled("Evaluating GlimmerNet on Quokka-10",
                "GlimmerNet reaches 84.1% accuracy. We also release Emu-5.", links);
        assertEquals(1, titled.size(), titled.toString());
        assertEquals("Quokka-10", titled.get(0).dataset().entityLabel());
    }

    @Test
    void aDescribedOwnMethodNamesTheOwnerOfAScoreOnAnEarlierDataset() {
        String[] links = {"PROPOSES_METHOD:staged kelp parsing framework", "PROPOSES_METHOD:kelp attention module",
                "USES_DATASET:Quokka-10"};
        List<ResultClaim> r = extract("We evaluate on the Quokka-10 benchmark. Our framework improves the accuracy "
                + "from 60.1% to 64.3%.", links);
        assertEquals(1, r.size(), r.toString());
        assertEquals("staged kelp parsing framework", r.get(0).method().entityLabel());
        assertEquals("Quokka-10", r.get(0).dataset().entityLabel());
        assertTrue(extract("We evaluate on the Quokka-10 benchmark. A plain parser improves the accuracy from 60.1% "
                + "to 64.3%.", links).isEmpty(), "the owner is not named: nothing");
    }

    @Test
    void aScoreWhoseSentenceNamesNoDatasetIsNotGuessed() {
        String[] links = {"PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "USES_DATASET:Emu-5"};
        // two datasets introduced: the sentence does not say which
        assertTrue(extract("We evaluate GlimmerNet on Quokka-10 and Emu-5. GlimmerNet reaches 84.1% accuracy.",
                links).isEmpty());
        // a dataset introduced without saying it is evaluated on
        assertTrue(extract("We release Quokka-10, a new corpus. GlimmerNet reaches 84.1% accuracy. Emu-5 is older.",
                links).isEmpty());
        // training data is not what a later score is measured on
        assertTrue(extract("We train GlimmerNet on Quokka-10 in our experiments. GlimmerNet reaches 84.1% accuracy. "
                + "Emu-5 is older.", links).isEmpty());
        // a sentence with a value and a dataset of its own ends the introduction: what follows is about its dataset
        List<ResultClaim> reset = extract("We evaluate on Quokka-10. GlimmerNet reaches 84.1% accuracy on Emu-5. "
                + "GlimmerNet also reaches 80.2% accuracy.", links);
        assertEquals(2, reset.size(), reset.toString());
        assertEquals("Emu-5", reset.get(1).dataset().entityLabel());
        assertTrue(extract("We evaluate on Quokka-10. GlimmerNet reaches 84.1% accuracy on Emu-5 and 70.3% accuracy on "
                + "Quokka-10. GlimmerNet also reaches 80.2% accuracy.", links).stream()
                .noneMatch(c -> c.rule().contains("dataset:earlier")));
        // several datasets behind a plural, another setting of the experiments
        assertTrue(extract("We evaluate GlimmerNet on Quokka-10. On three other datasets, GlimmerNet reaches 84.1% "
                + "accuracy. Emu-5 is older.", links).isEmpty());
        assertTrue(extract("We evaluate GlimmerNet on Quokka-10. Experiments on a real robot show that GlimmerNet "
                + "reaches 84.1% accuracy. Emu-5 is older.", links).isEmpty());
        // the owner of the score must be named in its sentence: "the best model" is a benchmarked one
        assertTrue(extract("We evaluate GlimmerNet on Quokka-10. The best model reaches 84.1% accuracy. Emu-5 is "
                + "older.", links).isEmpty());
    }

    @Test
    void aScoreOnAnIntroducedDatasetMustFitTheMetricsOfItsOwnResults() {
        String[] links = {"PROPOSES_METHOD:GlimmerNet", "USES_DATASET:Quokka-10", "USES_DATASET:Emu-5"};
        List<ResultClaim> r = extract("GlimmerNet reaches 84.1% accuracy on Emu-5. GlimmerNet reaches 30.2 BLEU. "
                + "Quokka-10 is left for later.", links);
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.stream().noneMatch(c -> c.metric().key().equals("bleu")), r.toString());
        List<ResultClaim> fits = extract("GlimmerNet reaches 84.1% accuracy on Emu-5. GlimmerNet reaches 71.3% "
                + "accuracy with half the labels. Quokka-10 is left for later.", links);
        assertEquals(2, fits.size(), fits.toString());
        assertEquals("Emu-5", fits.get(1).dataset().entityLabel());
    }

    /** Value and dataset label of each result, in order: "84.1@Quokka-10". */
    private static List<String> pairs(List<ResultClaim> r) {
        return r.stream().map(c -> c.value().toPlainString() + "@" + c.dataset().entityLabel()).toList();
    }

    @Test
    void listItemsNoLinkNamesKeepTheirPlaceInTheOrder() {
        // the second item shortens the first's name: its value has no dataset, the first keeps its own
        assertEquals(List.of("91.2@Reef-QA 1.1"), pairs(extract("Our OtterQA obtains 91.2% and 84.0% F1 on Reef-QA "
                + "1.1 and 2.0 respectively.", "PROPOSES_METHOD:OtterQA", "USES_DATASET:Reef-QA 1.1")));
        assertEquals(List.of("27.3@WNT 2031 Elvish-Dwarvish"), pairs(extract("OtterMT yields 27.3 and 31.9 BLEU points in "
                + "WNT 2031 Elvish-Dwarvish and Elvish-Orcish, respectively.", "PROPOSES_METHOD:OtterMT",
                "USES_DATASET:WNT 2031 Elvish-Dwarvish")));
        // an unlinked middle item
        assertEquals(List.of("51.2@Kestrel-A", "90.3@Emu-9"), pairs(extract("OwlCount achieves an MAE of 51.2, 7.1 and "
                + "90.3 on Kestrel-A, Kestrel-B and Emu-9, respectively.", "PROPOSES_METHOD:OwlCount",
                "USES_DATASET:Kestrel-A", "USES_DATASET:Emu-9")));
        // no "respectively", a version after the linked name
        List<ResultClaim> voc = extract("OwlDet achieves 52.6% and 48.0% mAP on the Kestrel "
                + "VOC 2031 and 2032 datasets.", "PROPOSES_METHOD:OwlDet", "USES_DATASET:Kestrel VOC");
        // another version of a dataset whose link names no version is that dataset
        assertEquals(List.of("52.6@Kestrel VOC", "48.0@Kestrel VOC"), pairs(voc), voc.toString());
        // items before the values, two of one dataset; values of two metrics interleaved ("x mAP / y rank1")
        List<ResultClaim> r = extract("Our OwlReID achieves new results on Quokka labeled, Quokka detected, and Emu-5 "
                + "with 80.1% mAP / 82.2% rank1, 78.3% mAP / 79.9% rank1, and 90.1% mAP / 95.0% rank1, respectively.",
                "PROPOSES_METHOD:OwlReID", "USES_DATASET:Quokka", "USES_DATASET:Emu-5");
        assertTrue(pairs(r).containsAll(List.of("80.1@Quokka", "78.3@Quokka", "90.1@Emu-5", "82.2@Quokka",
                "95.0@Emu-5")), r.toString());
    }

    @Test
    void listItemsThatDoNotCountAsManyAsTheValuesGiveNone() {
        // three items, two values
        assertTrue(extract("OwlNet reaches 81.2% and 79.0% accuracy on Reef-7, Kelp-2 and Emu-3, respectively.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Reef-7", "USES_DATASET:Emu-3").isEmpty());
        // a lower-case item is no name: which value is Reef-7's is not known
        assertTrue(extract("OwlNet reaches 81.2% and 79.0% accuracy on the kelp and Reef-7 sets, respectively.",
                "PROPOSES_METHOD:OwlNet", "USES_DATASET:Reef-7").isEmpty());
    }

    @Test
    void respectivelyGluedToTheNextSentenceAndAMetricsShortFormStillPair() {
        assertEquals(List.of("1.01@Quokka", "3.40@Emu-5"), pairs(extract("Our OwlFlow models reach good likelihoods "
                + "on Quokka and Emu-5, with bits per dimension of 1.01 and 3.40 respectively.Using these blocks, we "
                + "build deeper flows.", "PROPOSES_METHOD:OwlFlow", "USES_DATASET:Quokka", "USES_DATASET:Emu-5")));
        assertEquals(List.of("1.21@Quokka Text", "1.30@Emu Wiki"), pairs(extract("We evaluate OwlRNN on two data sets, "
                + "Quokka Text and Emu Wiki, where we improve the best results to 1.21 and 1.30 bits-per-character "
                + "(BPC), respectively.", "PROPOSES_METHOD:OwlRNN", "USES_DATASET:Quokka Text",
                "USES_DATASET:Emu Wiki")));
    }

    @Test
    void respectivelyPairsScoresOfOneMetricEachWithTheDatasetsInOrder() {
        String[] links = {"PROPOSES_METHOD:OwlLM", "USES_DATASET:Quokka-103", "USES_DATASET:Emu8"};
        assertEquals(List.of("17.1@Quokka-103", "0.97@Emu8"), pairs(extract("OwlLM obtains the best results on the "
                + "Quokka-103 and Emu8 benchmarks, achieving 17.1 ppl and 0.97 bpc respectively.", links)));
        assertEquals(List.of("0.376@Quokka-103", "90.5@Emu8"), pairs(extract("Moreover, on the Quokka-103 and Emu8 "
                + "tasks, our OwlLM achieves new results with a mean average precision of 0.376 and an accuracy of "
                + "90.5%, respectively.", links)));
        // words between the scores (a setting of one of them) or a metric twice: the order says nothing sure
        List<ResultClaim> cache = extract("OwlLM obtains the best results on the Quokka-103 and Emu8 benchmarks, "
                + "achieving 17.1 ppl with a cache and 0.97 bpc respectively.", links);
        assertTrue(cache.isEmpty(), cache.toString());
        assertTrue(extract("OwlLM obtains the best results on the Quokka-103 and Emu8 benchmarks, achieving 17.1 ppl, "
                + "0.97 bpc and 15.2 ppl respectively.", links).stream()
                .noneMatch(c -> c.metric().key().equals("bits-per-character")));
    }

    @Test
    void aComparisonRightAfterTheScoreSaysWhereItIsMeasured() {
        String[] links = {"PROPOSES_METHOD:OwlDet", "USES_DATASET:Kestrel", "USES_METHOD:FooNet-50",
                "USES_METHOD:StoatDet"};
        assertEquals(List.of("44.6@Kestrel"), pairs(extract("The resulting OwlDet achieves 44.6% mAP, outperforming all "
                + "single-shot detectors on Kestrel.", links)));
        // a name in brackets right after the paper's method is its backbone, not the score's owner
        List<ResultClaim> r = extract("OwlDet (FooNet-50) achieves 46.2 AP at 14.6 FPS, surpassing the previous "
                + "StoatDet (43.6 AP at 14.6 FPS) by 2.6 AP on Kestrel test-dev.", links);
        assertTrue(r.stream().anyMatch(c -> c.value().toPlainString().equals("46.2") && !c.baseline()
                && c.method().entityLabel().equals("OwlDet") && c.dataset().entityLabel().equals("Kestrel")),
                r.toString());
        // the score's clause names its own target, or a second dataset: not the comparison's
        assertTrue(extract("OwlDet achieves 44.6% mAP in night scenes, outperforming all detectors on Kestrel.",
                links).isEmpty());
        assertTrue(extract("OwlDet achieves 44.6% mAP, outperforming all detectors on Kestrel and Wren.",
                "PROPOSES_METHOD:OwlDet", "USES_DATASET:Kestrel", "USES_DATASET:Wren").isEmpty());
        // another clause between: not a comparison of this score
        assertTrue(extract("OwlDet achieves 44.6% mAP, and it runs fast, outperforming all detectors on Kestrel.",
                links).isEmpty());
    }

    @Test
    void anItemMarkerBeforeTheOpeningDatasetIsNoWordOfTheStatement() {
        String[] links = {"PROPOSES_METHOD:OwlFace", "USES_DATASET:Kestrel Faces"};
        for (String marker : List.of("(3) ", "2) ", "(iii) ")) {
            assertEquals(List.of("91.4@Kestrel Faces"), pairs(extract(marker + "On the Kestrel Faces hard set, OwlFace "
                    + "reaches an AP of 91.4%.", links)), marker);
        }
        // a number in brackets that is no item marker keeps the sentence from opening with the dataset
        assertTrue(extract("(2021) On the Kestrel Faces hard set, OwlFace reaches an AP of 91.4%.", links).stream()
                .noneMatch(c -> c.rule().contains("opening")));
    }

    @Test
    void aConnectiveBeforeTheOpeningDatasetKeepsItTheFrame() {
        String[] links = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Kestrel"};
        for (String connective : List.of("For instance, ", "Moreover, ", "In particular, ")) {
            List<ResultClaim> r = extract(connective + "on the Kestrel dataset, we achieve (71.4+2.2)% mAP and "
                    + "(88.3+1.5)% rank-1 accuracy, surpassing earlier work.", links);
            assertTrue(r.stream().anyMatch(c -> c.value().toPlainString().equals("88.3")
                    && c.dataset().entityLabel().equals("Kestrel")), connective + r);
        }
        // two words with a capital inside are a phrase of their own ("For Emu"), no connective
        assertTrue(extract("For Emu, on the Kestrel dataset, we achieve (71.4+2.2)% mAP and (88.3+1.5)% rank-1 "
                + "accuracy.", links).stream().noneMatch(c -> c.rule().contains("opening")));
    }

    @Test
    void aThresholdThatAScorePassesIsNoScore() {
        String[] links = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Kestrel"};
        List<ResultClaim> r = extract("For example, on the Kestrel dataset, OwlNet attains an mIoU of 71.3% on Area 2, "
                + "crossing the 70% mIoU threshold for the first time.", links);
        assertTrue(r.stream().noneMatch(c -> c.value().toPlainString().equals("70")), r.toString());
        assertTrue(r.stream().anyMatch(c -> c.value().toPlainString().equals("71.3")), r.toString());
    }

    @Test
    void twoScoresJoinedByWithShareTheDatasetNamedAfterThem() {
        String[] links = {"PROPOSES_METHOD:OwlGAN", "USES_DATASET:Kestrel-128", "USES_DATASET:Wren"};
        List<ResultClaim> r = extract("With OwlGAN, we achieve an FID of 6.80 with an IS of 100.8 on Kestrel-128.", links);
        assertTrue(pairs(r).containsAll(List.of("6.80@Kestrel-128", "100.8@Kestrel-128")), r.toString());
        // "with" before a setting, not a score: the first value stays without the later dataset
        assertTrue(extract("With OwlGAN, we achieve an FID of 6.80 with fewer images and an IS of 100.8 on Wren.",
                links).stream().noneMatch(c -> c.value().toPlainString().equals("6.80")));
    }

    @Test
    void anEvaluationOnADatasetOpeningTheSentenceFramesWhatItGoesOnToState() {
        String[] links = {"PROPOSES_METHOD:OwlAug", "USES_DATASET:Kestrel"};
        List<ResultClaim> r = extract("Experiments on the Kestrel dataset indicate that OwlAug improves detection "
                + "accuracy by more than +2.3 mAP, and allow a single OwlAug model to achieve 50.7 mAP.", links);
        assertTrue(pairs(r).contains("50.7@Kestrel"), r.toString());
        // no frame verb, or the evaluation not at the sentence's opening: the number in its clause is its own
        assertTrue(extract("Experiments on the Kestrel dataset with 12 cameras and OwlAug reach 50.7 mAP.", links)
                .stream().noneMatch(c -> c.rule().contains("dataset:frame")));
        assertTrue(extract("After 3 rounds, experiments on the Kestrel dataset show that OwlAug improves by +2.3 mAP, "
                + "and allow a single OwlAug model to achieve 50.7 mAP.", links).stream()
                .noneMatch(c -> c.rule().contains("dataset:frame")));
    }

    @Test
    void modifiersJoinedByAndDoNotCutTheScoreFromItsDataset() {
        assertEquals(List.of("32.9@Kestrel"), pairs(extract("OwlMask achieves 32.9% in mask mAP with single-model and "
                + "single-scale testing on the challenging Kestrel dataset.", "PROPOSES_METHOD:OwlMask",
                "USES_DATASET:Kestrel")));
        assertEquals(List.of("91.2@Kestrel Faces"), pairs(extract("OwlFace reaches an accuracy of 91.2% on the "
                + "well-known and challenging Kestrel Faces benchmark.", "PROPOSES_METHOD:OwlFace",
                "USES_DATASET:Kestrel Faces")));
    }

    @Test
    void respectivelyWrittenBeforeTheValuesPairsThemWithTheListBefore() {
        String[] links = {"PROPOSES_METHOD:OwlMT", "USES_DATASET:WNT'31 Elvish-Orcish", "USES_DATASET:WNT'33 Dwarvish"};
        assertEquals(List.of("28.1@WNT'31 Elvish-Orcish", "25.2@WNT'33 Dwarvish"), pairs(extract("On the widely used "
                + "WNT'31 Elvish-Orcish and WNT'33 Dwarvish benchmarks, our OwlMT models respectively obtain 28.1 and "
                + "25.2 BLEU points.", links)));
        // a dataset named after the values: the order is not the list's
        assertTrue(extract("On the WNT'31 Elvish-Orcish and WNT'33 Dwarvish benchmarks, our OwlMT models respectively "
                + "obtain 28.1 and 25.2 BLEU points, and 30.2 BLEU on Kestrel.", "PROPOSES_METHOD:OwlMT",
                "USES_DATASET:WNT'31 Elvish-Orcish", "USES_DATASET:WNT'33 Dwarvish", "USES_DATASET:Kestrel").stream()
                .noneMatch(c -> c.rule().contains("respectively-before")));
    }

    @Test
    void aSlashedPairTakesTheDatasetOfTheNextPairOfItsMetric() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Kestrel", "USES_METHOD:FooNet-50",
                "USES_METHOD:FooNet-101"};
        List<ResultClaim> r = extract("Specifically, OwlSeg obtains a 46.8/38.6 box/mask AP using FooNet-50, and a "
                + "48.1/39.9 box/mask AP using FooNet-101, on the MS Kestrel dataset.", links);
        assertEquals(List.of("46.8@Kestrel", "38.6@Kestrel", "48.1@Kestrel", "39.9@Kestrel"), pairs(r), r.toString());
        // the first pair's clause names a target of its own
        assertTrue(extract("Specifically, OwlSeg obtains a 46.8/38.6 box/mask AP on night scenes, and a 48.1/39.9 "
                + "box/mask AP using FooNet-101, on the MS Kestrel dataset.", links).stream()
                .noneMatch(c -> c.value().toPlainString().equals("46.8")));
    }

    @Test
    void respectivelyWithoutADatasetPairsWithTheListAnEvaluationSentenceGaveBefore() {
        String[] links = {"PROPOSES_METHOD:OwlVOS", "USES_DATASET:Kestrel 2016", "USES_DATASET:Kestrel 2017",
                "USES_DATASET:Wren-VOS"};
        assertEquals(List.of("89.4@Kestrel 2016", "81.9@Kestrel 2017", "81.4@Wren-VOS"), pairs(extract("We conduct "
                + "extensive experiments on three popular benchmarks, i.e., Kestrel 2016, Kestrel 2017, and Wren-VOS. "
                + "Our OwlVOS achieves a J&F of 89.4%, 81.9%, and 81.4%, respectively.", links)));
        // the list came with values of its own: a later "respectively" may be about its settings
        assertTrue(extract("OwlVOS gains 4.6% (Kestrel 2016 to Wren-VOS) and 4.4% (Wren-VOS to Kestrel 2016) in mAP. "
                + "Our OwlVOS++ further raises the mAP of OwlVOS by 10.7% and 6.9%, respectively.", links).stream()
                .noneMatch(c -> c.rule().contains("earlier")));
        // as many values as listed datasets, else none
        assertTrue(extract("We conduct experiments on Kestrel 2016, Kestrel 2017, and Wren-VOS. Our OwlVOS achieves a "
                + "J&F of 89.4% and 81.9%, respectively.", links).isEmpty());
    }

    @Test
    void aNameInARemarkAboutHowTheScoreWasObtainedIsNoTarget() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Pondset", "USES_DATASET:Lakeset"};
        assertEquals(List.of("83.2@Lakeset"), pairs(extract("OwlSeg reaches 83.2% mIoU (without Pondset "
                + "pre-training) on Lakeset.", links)));
        // a remark that says what the score is measured on keeps its name
        assertEquals(List.of("14.7@Lakeset"), pairs(extract("OwlSeg improves accuracy by up to 14.7 points (FooNet-7 "
                + "on Lakeset) over BarNet.", links)));
    }

    @Test
    void aValueInBracketsAfterADatasetsPhraseIsMeasuredOnIt() {
        String[] links = {"PROPOSES_METHOD:OwlBERT", "USES_DATASET:Pondset", "USES_DATASET:Lakeset"};
        assertEquals(List.of("79.6@Pondset"), pairs(extract("OwlBERT sets a new state of the art on the Pondset "
                + "coreference resolution task (79.6% F1), with strong performance on the Lakeset relation benchmark.",
                links)));
        // a joining word between the name and the bracket: the bracket is not about the name's phrase
        assertTrue(extract("OwlBERT is trained on Pondset and then tested while frozen (79.6% F1).", links).stream()
                .noneMatch(c -> c.rule().contains("bracket")));
    }

    @Test
    void aNameAfterACommaBelongsToTheNextItemWhenTheValuesPhraseNamedItsOwn() {
        String[] links = {"PROPOSES_METHOD:OwlLM", "USES_DATASET:Pondset", "USES_DATASET:Lakeset"};
        assertEquals(List.of("82.5@Pondset", "22.1@Lakeset"), pairs(extract("OwlLM improves the Pondset question "
                + "answering F1 score to 82.5 (37.1 absolute improvement), the Lakeset question generation BLEU-4 to "
                + "22.1 (3.7 absolute improvement).", links)));
    }

    @Test
    void aNameThatOpensTheNextValueAfterACommaIsNotThePreviousValuesDataset() {
        String[] links = {"PROPOSES_METHOD:OwlGAN", "USES_DATASET:Lakeset", "USES_DATASET:Pondset"};
        assertEquals(List.of("6.6@Pondset"), pairs(extract("OwlGAN improves the FID from 14.7 to 11.5, on Pondset "
                + "from 8.7 to 6.6.", links)));
        assertFalse(pairs(extract("OwlGAN improves the FID on Lakeset from 14.7 to 11.5, on Pondset from 8.7 to 6.6.",
                links)).contains("11.5@Pondset"));
    }

    @Test
    void aContrastBetweenTwoValuesKeepsTheSecondFromTheFirstsDataset() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Lakeset"};
        assertEquals(List.of("72.1@Lakeset"), pairs(extract("OwlSeg reaches 72.1% mIoU on Lakeset with FooNet, whereas "
                + "BarNet falls far behind, and 70.2% mIoU with BazNet.", links)));
        assertEquals(List.of("72.1@Lakeset", "70.2@Lakeset"), pairs(extract("OwlSeg reaches 72.1% mIoU on Lakeset "
                + "with FooNet and 70.2% mIoU with BazNet.", links)));
    }

    @Test
    void aNameWrittenAsAMetricIsNoDatasetOfAResult() {
        assertEquals(List.of("97.4@Lakeset"), pairs(extract("OwlPose reaches an accuracy of 97.4% in terms of the QDD(-S) "
                + "metric on the widely used pose benchmark Lakeset.", "PROPOSES_METHOD:OwlPose", "USES_DATASET:QDD",
                "USES_DATASET:Lakeset")));
    }

    @Test
    void theOwnSubjectBeforeAndCarriesOverAnImprovingConjunctAndATrailingParticiple() {
        String[] links = {"USES_DATASET:Quokka-5", "USES_DATASET:Emu-9"};
        // "a simple and effective scheme" is one noun phrase; "and improve" goes on with "we"
        assertEquals(List.of("51.3 by - (own-unnamed)", "47.2 by - (own-unnamed)"), methods("A Test Paper",
                "We propose a simple and effective gating scheme, and improve the perplexities on Quokka-5 and Emu-9 "
                        + "to 51.3 and 47.2 respectively.", links));
        // a participle after the last listed dataset goes on with "our method" before "and"
        assertEquals(List.of("51.3 by - (own-unnamed)", "47.2 by - (own-unnamed)"), methods("A Test Paper",
                "We show that our method improves on earlier readers on Quokka-5 (Q5) and Emu-9, achieving "
                        + "perplexities of 51.3 and 47.2, respectively.", links));
        // no own subject before "and": whose scores they are is not said
        assertTrue(extract("The plain readers do well on Quokka-5 (Q5) and Emu-9, achieving perplexities of 51.3 and "
                + "47.2, respectively.", links).isEmpty());
        // the conjunct names its own subject
        assertTrue(extract("We propose a simple and effective gating scheme, and the plain reader improves the "
                + "perplexities on Quokka-5 and Emu-9 to 51.3 and 47.2 respectively.", links).isEmpty());
        // a name between the participle and the value: not clearly the subject's own
        assertTrue(extract("We show that our method helps on Quokka-5 (Q5) and Emu-9, achieving with GlimBERT "
                + "perplexities of 51.3 and 47.2, respectively.", links).isEmpty());
    }

    @Test
    void aSubjectLinkedAsUsedIsThePapersOwnWhenTheTitleOpensWithIt() {
        String text = "Quokka replay improves the perplexities on Fern-5 and Moss-9 to 51.1 and 44.3 respectively.";
        assertEquals(List.of("51.1 by Quokka Replay Training (title-subject)",
                "44.3 by Quokka Replay Training (title-subject)"), methods("Quokka Replay Training of Sequence Models",
                text, "PROPOSES_METHOD:Quokka Replay Training", "USES_METHOD:quokka replay",
                "USES_DATASET:Fern-5", "USES_DATASET:Moss-9"));
        // the title is about another method: the used method's scores are not the paper's
        assertTrue(extractTitled("OwlSeq: Faster Sequence Models", text, "PROPOSES_METHOD:OwlSeq",
                "USES_METHOD:quokka replay", "USES_DATASET:Fern-5", "USES_DATASET:Moss-9").isEmpty());
    }

    @Test
    void ourMethodNamedAfterAnotherNameIsTheSubject() {
        String[] links = {"USES_METHOD:GlimBERT", "USES_DATASET:Fern-QA"};
        assertEquals(List.of("85.1 by - (own-unnamed)"), methods("A Test Paper",
                "Compared with GlimBERT, our model reaches 85.1% accuracy on Fern-QA.", links));
        assertEquals(List.of("85.1 by - (own-unnamed)"), methods("A Test Paper",
                "GlimBERT readers do better than plain ones on Fern-QA, with our best models obtaining an accuracy of "
                        + "85.1%.", links));
        // "we" and "our" name no method of the paper as the subject: GlimBERT stays the subject, whose score is
        // not said to be the paper's
        assertTrue(extract("GlimBERT, which we tune on Fern-QA, reaches 85.1% accuracy.", links).isEmpty());
        assertTrue(extract("On Fern-QA, GlimBERT with our loss reaches 85.1% accuracy.", links).isEmpty());
    }

    @Test
    void improvingAfterABeatingVerbStatesTheSubjectsOwnScore() {
        String[] links = {"PROPOSES_METHOD:OwlNet", "USES_METHOD:GlimBERT", "USES_DATASET:Fern-QA"};
        assertEquals(List.of("67.2 by OwlNet (clause)"), methods("A Test Paper", "We find that OwlNet outperforms "
                + "older parsers by improving the accuracy on Fern-QA from 55.1 to 67.2.", links));
        // a used method as the subject: its score, never the paper's
        assertTrue(extract("GlimBERT outperforms older parsers by improving the accuracy on Fern-QA from 55.1 to "
                + "67.2.", links).stream().noneMatch(c -> c.method() == null || c.method().entityLabel().equals("OwlNet")));
    }

    @Test
    void aPluralSubjectThatBeatsOthersIsNotThePapersMethod() {
        String[] links = {"PROPOSES_METHOD:OwlNet", "USES_DATASET:Fern-QA"};
        assertTrue(extract("Newer parsers outperform older ones by improving the accuracy on Fern-QA from 55.1 to 67.2.",
                links).isEmpty());
        assertEquals(List.of("67.2@Fern-QA"), pairs(extract("Our parsers outperform older ones by improving the "
                + "accuracy on Fern-QA from 55.1 to 67.2.", links)));
    }

    @Test
    void aPronounAfterASentenceAboutThePapersMethodIsThatMethod() {
        String[] links = {"USES_DATASET:Quokka-2mix", "USES_DATASET:Fern-QA"};
        assertEquals(List.of("21.4 by - (own-unnamed)"), methods("A Test Paper", "The proposed separator learns "
                + "from raw waveforms. It reaches an SI-SNRi of 21.4 dB on Quokka-2mix.", links));
        assertEquals(List.of("71.2 by - (own-unnamed)"), methods("A Test Paper", "Our pipeline has three steps. "
                + "This procedure achieves 71.2% accuracy on Fern-QA.", links));
        assertEquals(List.of("71.2 by - (own-unnamed)"), methods("A Test Paper", "Our reader is small. Trained "
                + "on less data, it also achieves 71.2% accuracy on Fern-QA.", links));
        assertEquals(List.of("71.2 by - (own-unnamed)"), methods("A Test Paper", "Tests on Fern-QA show that the "
                + "proposed reader is fast and accurate. Built on a small encoder, it achieves 71.2% accuracy on Fern-QA.",
                links), "the own subject follows \"that\" after a reporting verb");
        // the sentence before is about other systems, or names one the paper does not propose: not the paper's
        assertTrue(extract("Earlier separators learn from spectra. It reaches an SI-SNRi of 21.4 dB on Quokka-2mix.",
                links).isEmpty());
        assertTrue(extract("We compare our reader with GlimBERT. It reaches 71.2% accuracy on Fern-QA.",
                "USES_METHOD:GlimBERT", "USES_DATASET:Fern-QA").isEmpty());
        // no subject ("it is known that"), a plural that may be the baselines, a pronoun that is no subject
        assertTrue(extract("Our reader is small. It is known that plain readers reach 71.2% accuracy on Fern-QA.",
                links).isEmpty());
        assertTrue(extract("Our reader is small. These systems achieve 71.2% accuracy on Fern-QA.", links).isEmpty());
        assertTrue(extract("Our reader is small. Tuning makes it reach 71.2% accuracy on Fern-QA.", links).isEmpty());
    }

    @Test
    void thePapersChangesReferredToByAPluralAreItsOwnMethod() {
        String[] links = {"USES_DATASET:Quokka-2mix", "USES_DATASET:Fern-QA"};
        assertEquals(List.of("31.7 by - (own-unnamed)"), methods("A Test Paper", "We propose two simple changes to "
                + "the reader. On three small sets, these changes always help, giving a new 31.7 F1 on Fern-QA.",
                links));
        assertEquals(List.of("31.7 by - (own-unnamed)"), methods("A Test Paper", "Our reader drops the gate. These "
                + "modifications reach 31.7 F1 on Fern-QA.", links));
        // a plural that may be the baselines, changes that state no result, changes after a sentence about others
        assertTrue(extract("Our reader drops the gate. These models reach 31.7 F1 on Fern-QA.", links).isEmpty());
        assertTrue(extract("Our reader drops the gate. These changes are small on Fern-QA (31.7 F1).", links)
                .isEmpty());
        assertTrue(extract("Earlier readers drop the gate. These changes reach 31.7 F1 on Fern-QA.", links).isEmpty());
    }

    @Test
    void aProposedNameWithASizeAfterItIsThePapersOwnModel() {
        assertEquals(List.of("77.4 by OwlNet (clause)", "74.4 by OwlNet (sentence)"), methods("A Test Paper",
                "On one card, OwlNet-23-slim yields 77.4% mIoU on Kestrel City and 74.4% mIoU on Emu Roads.",
                "PROPOSES_METHOD:OwlNet", "USES_METHOD:OwlNet-23-slim", "USES_DATASET:Kestrel City",
                "USES_DATASET:Emu Roads"));
        // a name before the proposed one, or a word that builds another system on it: not the paper's model
        for (String other : List.of("Sub-OwlNet", "OwlNet-style", "OwlNetter")) {
            assertTrue(extract("On one card, " + other + " yields 77.4% mIoU on Kestrel City.", "PROPOSES_METHOD:OwlNet",
                    "USES_METHOD:" + other, "USES_DATASET:Kestrel City").stream()
                    .noneMatch(c -> c.method() != null && c.method().entityLabel().equals("OwlNet")), other);
        }
    }

    @Test
    void variantsOfAProposedName() {
        PaperLink owl = new PaperLink("p", Relation.PROPOSES_METHOD, "owlnets", "OwlNets", "", -1, -1, "test", 0.8);
        java.util.function.Function<PaperLink, java.util.Collection<String>> names = l -> List.of(l.entityLabel());
        assertEquals(owl, OwnVariants.variantOf("OwlNet-P4", List.of(owl), names));
        assertEquals(owl, OwnVariants.variantOf("OwlNets-large", List.of(owl), names));
        assertEquals(owl, OwnVariants.variantOf("OwlNet101", List.of(owl), names));
        assertEquals(null, OwnVariants.variantOf("OwlNet-based", List.of(owl), names));
        assertEquals(null, OwnVariants.variantOf("OwlNetwork", List.of(owl), names));
        assertEquals(null, OwnVariants.variantOf("Deep-OwlNet", List.of(owl), names));
    }

    @Test
    void aDatasetBetweenAValueAndItsMetricIsItsOwnDespiteRespectively() {
        String[] links = {"PROPOSES_METHOD:OwlFace", "USES_DATASET:KFW", "USES_DATASET:EFW"};
        assertEquals(List.of("99.5@KFW", "96.0@EFW"), pairs(extract("OwlFace achieves 99.5% KFW face verification "
                + "accuracy and 96.0% EFW face verification accuracy, respectively.", links)));
        // the ordinary list with "respectively" is paired as before
        assertEquals(List.of("99.5@KFW", "96.0@EFW"), pairs(extract("OwlFace achieves 99.5% and 96.0% accuracy "
                + "on KFW and EFW, respectively.", links)));
        // a capitalised word between the name and the metric: the name is no longer the value's own phrase
        assertTrue(extract("OwlFace achieves 99.5% KFW Gold accuracy and 96.0% EFW Gold accuracy, respectively.",
                links).stream().noneMatch(c -> c.rule().contains("dataset:inside")));
    }

    @Test
    void splitsAfterADatasetKeepTheDatasetAndRecordTheSplit() {
        String[] links = {"PROPOSES_METHOD:OwlSeg", "USES_DATASET:Kestrel-7 Open dataset"};
        List<ResultClaim> r = extract("We propose OwlSeg. When evaluating our approach on the Kestrel-7 Open dataset "
                + "we obtain a mean J&F score of 61.2% on the val, 55% on the test-dev and 52.1% on the test-challenge "
                + "benchmarks, placing first.", links);
        assertEquals(3, r.size(), r.toString());
        assertEquals(List.of("val", "test-dev", "test-challenge"), r.stream().map(ResultClaim::split).toList());
        assertTrue(r.stream().allMatch(c -> c.dataset().entityLabel().equals("Kestrel-7 Open dataset")));
        List<ResultClaim> after = extract("We propose OwlSeg. OwlSeg reaches a J&F mean score of 70.2 on the Kestrel-7 "
                + "Open dataset and 66.1 on the test-dev set.", links);
        assertEquals(2, after.size(), after.toString());
        assertEquals("test-dev", after.get(1).split());
        // another target, not a split: no dataset for the second value
        assertEquals(1, extract("We propose OwlSeg. OwlSeg reaches a J&F mean score of 70.2 on the Kestrel-7 Open "
                + "dataset and 66.1 on the night scenes.", links).size());
    }

    @Test
    void aSpeedListAfterTheDatasetSharesIt() {
        String[] links = {"PROPOSES_METHOD:OwlDet", "USES_DATASET:Kestrel-Det"};
        List<ResultClaim> r = extract("We propose OwlDet. With OwlDet and a strong baseline of StoatNet, we reach the best "
                + "trade-off on the Kestrel-Det dataset, reporting 36.1% AP at 60 FPS, 40.4% AP at 45 FPS and 41.9% AP "
                + "at 29 FPS.", links);
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.stream().allMatch(c -> c.dataset().entityLabel().equals("Kestrel-Det")));
        // a dataset list with each score in brackets: a name that is no link keeps its own score
        List<ResultClaim> listed = extract("We propose OwlDet. OwlDet transfers well, reaching top accuracy on "
                + "Kestrel-Det (91.7%), Wrenflowers (98.8%), and two other sets.", links);
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(0, listed.get(0).value().compareTo(new BigDecimal("91.7")));
    }

    @Test
    void aSecondRespectivelyPairsItsOwnList() {
        String[] links = {"PROPOSES_METHOD:OwlLM", "USES_DATASET:Wren-2", "USES_DATASET:Stoat-103",
                "USES_DATASET:Kestrel8", "USES_DATASET:Emu Prize"};
        List<ResultClaim> r = extract("We propose OwlLM. OwlLM improves the perplexities on the Wren-2 and Stoat-103 "
                + "datasets to 48.2 and 41.7 respectively, and the cross-entropies on the Kestrel8 and Emu Prize "
                + "datasets to 1.17 bits/char and 1.05 bits/char respectively.", links);
        assertEquals(4, r.size(), r.toString());
        assertEquals(List.of("Wren-2", "Stoat-103", "Kestrel8", "Emu Prize"),
                r.stream().map(c -> c.dataset().entityLabel()).toList());
        // the second list names one dataset for two values: no pairing
        assertEquals(2, extract("We propose OwlLM. OwlLM improves the perplexities on the Wren-2 and Stoat-103 "
                + "datasets to 48.2 and 41.7 respectively, and the cross-entropies on the Kestrel8 dataset to "
                + "1.17 bits/char and 1.05 bits/char respectively.", links).size());
    }

    @Test
    void respectivelyWithSettingsAfterItKeepsTheOneDataset() {
        String[] links = {"PROPOSES_METHOD:OwlClip", "USES_DATASET:Wren-600", "USES_DATASET:Stoatnet"};
        List<ResultClaim> r = extract("We propose OwlClip. Our best models reach 71.4%, 72.0%, and 75.3% top-1 "
                + "accuracies on the Wren-600 benchmark respectively for training from scratch, Stoatnet pre-training "
                + "and web pre-training.", links);
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.stream().allMatch(c -> c.dataset().entityLabel().equals("Wren-600")));
        // a dataset list after "respectively": no shared dataset
        assertTrue(extract("We propose OwlClip. Our best models reach 71.4% and 72.0% top-1 accuracies on the "
                + "Wren-600 benchmark respectively for Stoatnet and Emu-5.", links).stream()
                .noneMatch(c -> c.rule().contains("respectively-settings")));
    }

    @Test
    void aDashOfAnAsideGluedToANumberIsNoMinus() {
        String[] links = {"PROPOSES_METHOD:OwlASR", "USES_DATASET:Kestrel"};
        List<ResultClaim> r = extract("We propose OwlASR. OwlASR reaches competitive results -2.3%/5.1% WER on the "
                + "Kestrel clean/noisy test sets -as compared to earlier systems.", links);
        assertEquals(2, r.size(), r.toString());
        assertEquals(0, r.get(0).value().compareTo(new BigDecimal("2.3")));
        assertEquals(0, r.get(1).value().compareTo(new BigDecimal("5.1")));
        // a sign after "by" or a change word, or with no closing dash later, stays a minus: no score
        assertTrue(extract("We propose OwlASR. The WER of OwlASR changes by -2.3% on Kestrel -as expected.", links)
                .stream().noneMatch(c -> c.value().compareTo(new BigDecimal("2.3")) == 0));
        assertTrue(extract("We propose OwlASR. OwlASR reaches competitive results -2.3% WER on Kestrel.", links)
                .isEmpty());
    }

    @Test
    void theDashesOfAnAsideAreDroppedOnlyWhenItCloses() {
        String[] dropped = SentenceValues.asideDashesDropped("a new top-1 accuracy -94.1 % on A and 71.2 % on B - but also".split(" "));
        assertEquals("94.1", dropped[4]);
        String[] kept = SentenceValues.asideDashesDropped("a correlation of -0.3 on A - as expected".split(" "));
        assertEquals("-0.3", kept[3]);
        String[] open = SentenceValues.asideDashesDropped("a new top-1 accuracy -94.1 % on A".split(" "));
        assertEquals("-94.1", open[4]);
    }

    @Test
    void aBracketedSumIsTheScoreAndWhatAStepAdds() {
        String[] links = {"PROPOSES_METHOD:OwlReID", "USES_DATASET:Kestrel-1200"};
        List<ResultClaim> r = extract("We propose OwlReID. On the Kestrel-1200 dataset, OwlReID achieves (71.3+3.8)% "
                + "mAP with a simple head.", links);
        assertEquals(1, r.size(), r.toString());
        assertEquals(0, r.get(0).value().compareTo(new BigDecimal("71.3")));
        assertEquals("map", r.get(0).metric().key());
        assertFalse(r.get(0).improvement());
        // a plus alone in brackets stays a gain; a sum without the unit after the bracket is not read
        assertTrue(extract("We propose OwlReID. OwlReID improves mAP on Kestrel-1200 (+3.8%) over the baseline.",
                links).stream().allMatch(ResultClaim::improvement));
        assertTrue(extract("We propose OwlReID. On Kestrel-1200, OwlReID achieves (71.3+3.8) mAP.", links)
                .isEmpty());
    }

    @Test
    void aBpcPerplexityHeadGivesEachValueTheMetricItsSizeAllows() {
        String[] links = {"PROPOSES_METHOD:OwlLM", "USES_DATASET:Wren-9", "USES_DATASET:Stoat-103"};
        List<ResultClaim> r = extract("We propose OwlLM. We lower the best results of bpc/perplexity to 1.04 on Wren-9 "
                + "and 19.6 on Stoat-103.", links);
        assertEquals(2, r.size(), r.toString());
        assertEquals("bits-per-character", r.get(0).metric().key());
        assertEquals("Wren-9", r.get(0).dataset().entityLabel());
        assertEquals("perplexity", r.get(1).metric().key());
        assertEquals("Stoat-103", r.get(1).dataset().entityLabel());
        // a value that could be either is not read
        assertTrue(extract("We propose OwlLM. OwlLM reaches a perplexity/bpc of 5.2 on Wren-9.", links).isEmpty());
    }

    @Test
    void aStatementGoesOnAfterAComparisonInBrackets() {
        String[] links = {"PROPOSES_METHOD:OwlRoute", "USES_METHOD:ThrushNet", "USES_DATASET:Zorb-103",
                "USES_DATASET:Gnat-64"};
        List<ResultClaim> r = extract("Our router outperforms plain attention models on Zorb-103 (14.2 vs 16.9 "
                + "perplexity), as well as on Gnat-64 (3.21 vs 3.30 bits/dim).", links);
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("3.21")) == 0
                && c.dataset().entityLabel().equals("Gnat-64") && c.method().entityLabel().equals("OwlRoute")
                && !c.baseline()), r.toString());
        // a method named after the brackets is the subject of what follows them, not the statement's
        r = extract("Our router outperforms plain attention models on Zorb-103 (14.2 vs 16.9 perplexity), as "
                + "well as ThrushNet on Gnat-64 (3.21 vs 3.30 bits/dim).", links);
        assertTrue(r.stream().noneMatch(c -> c.value().compareTo(new BigDecimal("3.21")) == 0
                && "OwlRoute".equals(c.method() == null ? null : c.method().entityLabel())), r.toString());
    }

    @Test
    void aNameAfterTheProposedMethodsPossessiveIsPartOfIt() {
        String[] links = {"PROPOSES_METHOD:OWLT", "USES_METHOD:Transformer", "USES_METHOD:vision Transformer",
                "USES_DATASET:Kestrel-400",
                "USES_DATASET:Kestrel-600"};
        List<ResultClaim> r = extract("In short, OWLT's vision Transformer reaches 81.2% top-1 accuracy on Kestrel-400.", links);
        assertTrue(r.stream().anyMatch(c -> c.value().compareTo(new BigDecimal("81.2")) == 0
                && c.method().entityLabel().equals("OWLT") && !c.baseline()), r.toString());
        // a baseline's own possessive is still the baseline's
        r = extract("In short, Transformer's vision encoder reaches 81.2% top-1 accuracy on Kestrel-400.", links);
        assertTrue(r.stream().noneMatch(c -> "OWLT".equals(c.method() == null ? null : c.method().entityLabel())),
                r.toString());
    }

    @Test
    void anOpeningWithPhraseGivesItsValueToTheOwnSubjectAfterIt() {
        String[] links = {"PROPOSES_METHOD:OwlMT", "USES_METHOD:GlimNet", "USES_DATASET:Zorb-14"};
        List<ResultClaim> r = extract("We evaluate OwlMT on the Zorb-14 benchmark. With 31.2 BLEU, our translation "
                + "system ranks first among the entries.", links);
        assertEquals(1, r.size(), r.toString());
        assertEquals("Zorb-14", r.get(0).dataset().entityLabel());
        assertEquals("OwlMT", r.get(0).method().entityLabel());
        // another subject, or none of the paper's, after the comma
        assertTrue(extract("We evaluate OwlMT on the Zorb-14 benchmark. With 31.2 BLEU, the best entry "
                + "is still ahead.", links).isEmpty());
        assertTrue(extract("We evaluate OwlMT on the Zorb-14 benchmark. With 31.2 BLEU, GlimNet ranks "
                + "first among the entries.", links).isEmpty());
    }
}
