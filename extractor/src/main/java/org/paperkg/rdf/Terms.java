package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import org.paperkg.entities.Relation;
import org.paperkg.mentions.EntityType;

/** The RDF terms paperkg writes, as graph nodes for streaming: paperkg's own and those reused from other vocabularies. */
final class Terms {

    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Node TYPE = RDF.type.asNode();
    static final Node SUBJECT = RDF.subject.asNode();
    static final Node PREDICATE = RDF.predicate.asNode();
    static final Node OBJECT = RDF.object.asNode();

    static final Node TITLE = DCTerms.title.asNode();
    static final Node ABSTRACT = DCTerms.abstract_.asNode();
    static final Node ISSUED = DCTerms.issued.asNode();
    static final Node CREATOR = DCTerms.creator.asNode();

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();

    static final Node FOAF_NAME = NodeFactory.createURI(FOAF + "name");
    static final Node FOAF_PAGE = NodeFactory.createURI(FOAF + "page");
    static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    static final Node WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");

    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private Terms() {
    }

    static Node pkg(String localName) {
        return NodeFactory.createURI(PKG.NS + localName);
    }

    static Node property(Relation relation) {
        return pkg(relation.localName());
    }

    static Node typeOf(EntityType type) {
        return switch (type) {
            case METHOD -> PKG.Method.asNode();
            case TASK -> PKG.Task.asNode();
            case DATASET -> PKG.Dataset.asNode();
        };
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
