package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TestWrittenNames {

    @Test
    void keepsNamesWrittenAsWordsWithAcronymsInTheirCase() {
        assertEquals(Set.of("LAN"), WrittenNames.of("local area net", List.of("LAN"), "We use LAN here."));
        assertEquals(Set.of(), WrittenNames.of("local area net", List.of("LAN"), "We use lan here."));
        assertEquals(Set.of(), WrittenNames.of("local area net", List.of("LAN"), "PLANNING"));
        assertEquals(Set.of("Dusk City"), WrittenNames.of("DC", List.of("Dusk City"), "on dusk city."));
    }

    @Test
    void aNameOnlyInsideALongerNameOfTheEntityIsNoNameOfThePaper() {
        List<String> alts = List.of("Gizmo Splatting", "GS", "3DGS");
        assertEquals(Set.of(), WrittenNames.of("3D Gizmo Splatting", alts, "We extend 3D Gizmo Splatting."));
        assertEquals(Set.of("Gizmo Splatting"), WrittenNames.of("3D Gizmo Splatting", alts,
                "3D Gizmo Splatting, or Gizmo Splatting for short."));
        assertEquals(Set.of("3DGS"), WrittenNames.of("3D Gizmo Splatting", alts, "We extend 3DGS."));
    }
}
