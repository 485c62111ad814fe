package org.paperkg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.paperkg.papers.PaperRecord;

/** Elliptical list items after a dataset mention, on invented sentences and names. */
class TestEllipticalDatasetNames {

    /** "name@start" of each mention the wrapper adds, with {@code given} typed as datasets (others as methods). */
    private static List<String> added(String abstractText, List<String> datasets, List<String> methods) {
        PaperRecord paper = new PaperRecord("p", "A title", abstractText, null, null, null, null, null, null, null,
                null, null, false);
        String text = paper.fullText();
        List<Mention> given = new ArrayList<>();
        datasets.forEach(n -> given.add(mention(text, n, EntityType.DATASET)));
        methods.forEach(n -> given.add(mention(text, n, EntityType.METHOD)));
        MentionExtractor inner = new MentionExtractor() {
            @Override
            public List<Mention> extract(PaperRecord p) {
                return given;
            }

            @Override
            public String name() {
                return "given";
            }
        };
        List<String> out = new ArrayList<>();
        for (Mention m : new EllipticalDatasetNames(inner).extract(paper)) {
            if (m.rule().equals(EllipticalDatasetNames.RULE)) {
                assertEquals(EntityType.DATASET, m.type());
                out.add(m.text() + "=" + text.substring(m.charStart(), m.charEnd()));
            }
        }
        return out;
    }

    private static Mention mention(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(name, type, MentionRole.USED, at, at + name.length(), "s", "given", 0.8, null);
    }

    @Test
    void versionsListedAfterADatasetAreDatasets() {
        assertEquals(List.of("Zorb 2.0=2.0"),
                added("Our model reaches 91.2% and 84.5% F1 on Zorb 1.1 and 2.0 respectively.", List.of("Zorb 1.1"),
                        List.of()));
        assertEquals(List.of("QuokkaQA v2.0=v2.0", "QuokkaQA v3.1=v3.1"),
                added("We test on QuokkaQA v1.0, v2.0 and v3.1.", List.of("QuokkaQA v1.0"), List.of()));
        assertEquals(List.of("ZoNLL-2012=2012"),
                added("It gets 80.1 and 79.2 F1 on the ZoNLL-2005 and 2012 datasets.", List.of("ZoNLL-2005"),
                        List.of()));
    }

    @Test
    void languagePairsListedAfterACampaignAreDatasets() {
        assertEquals(List.of("ZMT 2016 Elvish-Dwarvish=Elvish-Dwarvish"),
                added("It yields 14.1 and 26.3 BLEU in ZMT 2016 Elvish-Orcish and Elvish-Dwarvish, respectively.",
                        List.of("ZMT 2016 Elvish-Orcish"), List.of()));
    }

    @Test
    void quantitiesOtherTypesAndCoveredItemsAreNot() {
        // a number followed by a unit or a noun of quantity is no version
        assertEquals(List.of(), added("Gains on Zorb 1.1 and 2.0 points on Gnat.", List.of("Zorb 1.1"), List.of()));
        assertEquals(List.of(), added("Gains on Zorb 1.1 and 2.0% on Gnat.", List.of("Zorb 1.1"), List.of()));
        // a method's version list is not a dataset's
        assertEquals(List.of(), added("We compare OwlNet 1.1 and 2.0 here.", List.of(), List.of("OwlNet 1.1")));
        // an item some other mention covers keeps that mention
        assertEquals(List.of(), added("We use Zorb 1.1 and 2.0 Gnat.", List.of("Zorb 1.1"), List.of("2.0 Gnat")));
        // a name that is only a version or a pair repeats nothing; items of another shape end the list
        assertEquals(List.of(), added("Scores on 2014 and 2015 rose.", List.of("2014"), List.of()));
        assertEquals(List.of(), added("We run Zorb 1.1 and 2015 too.", List.of("Zorb 1.1"), List.of()));
        assertEquals(List.of(), added("We run ZMT Elvish-Orcish and Dwarvish today.", List.of("ZMT Elvish-Orcish"),
                List.of()));
    }
}
