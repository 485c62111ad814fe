package org.paperkg.web;

import java.util.Locale;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.rdf.PKG;

/** How RDF terms read on the pages: relation and class names in words, literals as text. */
final class TermText {

    /** The five paper-entity relations, as a SPARQL VALUES list. */
    static final String RELATIONS = "pkg:proposesMethod pkg:usesMethod pkg:addressesTask pkg:usesDataset pkg:introducesDataset";

    private TermText() {
    }

    /** "proposes method" for pkg:proposesMethod; the local name in words for any other IRI. */
    static String words(String iri) {
        String local = iri.startsWith(PKG.NS) ? iri.substring(PKG.NS.length()) : iri.replaceFirst(".*[#/]", "");
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The text of a variable of a row: a literal's lexical form, an IRI as is, "" when unbound. */
    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** A link to the page of the IRI in {@code var}, reading {@code label}. */
    static String link(QuerySolution row, String var, String label) {
        return "<a href=\"" + PageWriter.esc(ResourcePaths.page(text(row, var))) + "\">" + PageWriter.esc(label) + "</a>";
    }
}
