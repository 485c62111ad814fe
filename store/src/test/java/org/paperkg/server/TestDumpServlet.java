package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class TestDumpServlet {

    @Test
    void acceptPicksTheFormat() {
        assertEquals(Lang.NQUADS, DumpServlet.fromAccept(null));
        assertEquals(Lang.NQUADS, DumpServlet.fromAccept("*/*"));
        assertEquals(Lang.TRIG, DumpServlet.fromAccept("application/trig"));
        assertEquals(Lang.TURTLE, DumpServlet.fromAccept("text/turtle;q=0.9, */*;q=0.1"));
        assertEquals(Lang.NTRIPLES, DumpServlet.fromAccept("application/n-triples"));
    }

    @Test
    void htmlIsEscaped() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp;", LandingPageServlet.esc("<a href=\"x\"> &"));
    }
}
