package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TestPageParts {

    @Test
    void highlighterMarksNamesInAnyCaseAndEscapes() {
        assertEquals("We use <mark>Graph Nets</mark> &amp; <mark>graph nets</mark>.",
                Highlighter.mark("We use Graph Nets & graph nets.", List.of("graph nets")));
        assertEquals("<mark>LoRA</mark>s help; flora does not", Highlighter.mark("LoRAs help; flora does not", List.of("lora")));
        assertEquals("a &lt;b&gt;", Highlighter.mark("a <b>", List.of()));
    }

    @Test
    void chartHasOneBarPerYearWithPapers() {
        TreeMap<Integer, Long> years = new TreeMap<>();
        years.put(2019, 2L);
        years.put(2022, 5L);
        String svg = YearChart.svg(years, "x <y>");
        assertTrue(svg.startsWith("<svg"), svg);
        assertEquals(2, svg.split("<rect class=\"bar\"").length - 1);
        assertTrue(svg.contains(">2021<") && svg.contains("x &lt;y&gt;"), svg);
        assertTrue(YearChart.svg(new TreeMap<>(), "none").contains("No dated papers"));
    }

    @Test
    void pathsMapToIris() {
        assertEquals("https://w3id.org/paperkg/resource/task/x", ResourcePaths.iri("task/x"));
        assertEquals("/page/paper/10.1%2Fa", ResourcePaths.page("https://w3id.org/paperkg/resource/paper/10.1%2Fa"));
        assertEquals("http://example.org/a", ResourcePaths.page("http://example.org/a"));
    }
}
