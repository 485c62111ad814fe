package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TestTextAcronyms {

    @Test
    void findsTheShortestLongFormBeforeTheBracket() {
        Map<String, String> d = TextAcronyms.definitions(
                "Sorting with big widget rankers (BWRs) is hard. We use 4D Gizmo Sorting (4DGS), not foo (Bar).");
        assertEquals(Map.of("BWR", "big widget rankers", "4DGS", "4D Gizmo Sorting"), d);
    }

    @Test
    void findsTheLongFormAfterTheAcronym() {
        assertEquals(Map.of("QWR", "quick widget rankers"),
                TextAcronyms.definitions("We train QWR (quick widget rankers) on gadgets."));
    }

    @Test
    void needsALongFormTheAcronymCanAbbreviate() {
        assertTrue(TextAcronyms.definitions("We train widget rankers (QXZ) on gadgets.").isEmpty());
        assertTrue(TextAcronyms.definitions("Results (see below) hold.").isEmpty());
        assertTrue(TextAcronyms.looksLikeAcronym("CoTs"));
        assertFalse(TextAcronyms.looksLikeAcronym("Widget"));
    }

    @Test
    void findsThePhraseBeforeAnAcronymWithLettersItLacks() {
        assertEquals(Map.of("3DWS", "gizmo sorting"),
                TextAcronyms.shortForms("Scenes are built via gizmo sorting (3DWS), not 3D gizmo sorting (3DGZ)."));
        assertTrue(TextAcronyms.shortForms("We use 3D gizmo sorting (3DGS) here.").isEmpty(),
                "an acronym that abbreviates the phrase is a definition, not a short form");
    }

    @Test
    void findsThePhraseBeforeAnAcronymWithWordsInFrontOfItsLongForm() {
        assertEquals(Map.of("WM", "large widget models"),
                TextAcronyms.phrasesBefore("We rely on large widget models (WMs) and gizmo sorters (GSs)."));
        assertTrue(TextAcronyms.phrasesBefore("We tune the widget models (WMs).").isEmpty(),
                "a closed-class word ends the phrase: nothing in front of the long form");
    }

    @Test
    void prefersTheLongFormWhoseWordsStartTheAcronymsLetters() {
        assertEquals(Map.of("PGO", "Proximal Gizmo Optimization"),
                TextAcronyms.definitions("We train with Proximal Gizmo Optimization (PGO) on widgets."));
        assertEquals(Map.of("GO", "Gizmo Optimization"),
                TextAcronyms.definitions("We train with Proximal Gizmo Optimization (GO) on widgets."),
                "no letter left for another word");
        assertEquals(3, TextAcronyms.initials("PGO", "Proximal Gizmo Optimization"));
        assertEquals(2, TextAcronyms.initials("PGO", "Gizmo Optimization"));
        assertEquals(2, TextAcronyms.initials("VL", "Vision-Language"));
    }
}
