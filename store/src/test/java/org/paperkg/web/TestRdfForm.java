package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TestRdfForm {

    @Test
    void browsersGetHtmlAndRdfClientsGetData() {
        assertNull(RdfForm.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertNull(RdfForm.negotiate(null));
        assertNull(RdfForm.negotiate("*/*"));
        assertEquals(RdfForm.TURTLE, RdfForm.negotiate("text/turtle"));
        assertEquals(RdfForm.JSONLD, RdfForm.negotiate("application/ld+json"));
        assertEquals(RdfForm.NTRIPLES, RdfForm.negotiate("application/n-triples"));
        assertEquals(RdfForm.RDFXML, RdfForm.negotiate("application/rdf+xml"));
        assertEquals(RdfForm.TURTLE, RdfForm.negotiate("text/html;q=0.5, text/turtle"));
        assertNull(RdfForm.negotiate("text/html, text/turtle;q=0.5"));
    }

    @Test
    void extensionsMapToForms() {
        assertEquals(RdfForm.JSONLD, RdfForm.byExtension("jsonld"));
        assertNull(RdfForm.byExtension("html"));
    }
}
