package org.paperkg.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The namespace prefixes paperkg declares in its output: built files, dumps and VoID. */
public final class Prefixes {

    private Prefixes() {
    }

    /** The prefixes as a mapping. */
    public static PrefixMapping mapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("pkg", PKG.NS);
        pm.setNsPrefix("paper", PKG.RESOURCE + "paper/");
        pm.setNsPrefix("method", PKG.RESOURCE + "method/");
        pm.setNsPrefix("task", PKG.RESOURCE + "task/");
        pm.setNsPrefix("dataset", PKG.RESOURCE + "dataset/");
        pm.setNsPrefix("statement", PKG.RESOURCE + "statement/");
        pm.setNsPrefix("author", PKG.RESOURCE + "author/");
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("foaf", Terms.FOAF);
        pm.setNsPrefix("prov", Terms.PROV);
        return pm;
    }

    /** Declares every prefix on the stream. */
    public static void declare(StreamRDF stream) {
        mapping().getNsPrefixMap().forEach(stream::prefix);
    }
}
