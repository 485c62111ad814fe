package org.paperkg.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.paperkg.rdf.PKG;

/** The namespace prefixes paperkg writes in dumps and shows in saved queries. */
public final class Prefixes {

    private Prefixes() {
    }

    /** Prefix to namespace, in a stable order. */
    public static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pkg", PKG.NS);
        m.put("paper", PKG.RESOURCE + "paper/");
        m.put("method", PKG.RESOURCE + "method/");
        m.put("task", PKG.RESOURCE + "task/");
        m.put("dataset", PKG.RESOURCE + "dataset/");
        m.put("author", PKG.RESOURCE + "author/");
        m.put("statement", PKG.RESOURCE + "statement/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        return m;
    }
}
