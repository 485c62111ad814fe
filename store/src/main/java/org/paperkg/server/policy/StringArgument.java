package org.paperkg.server.policy;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL rule for string arguments: a simple literal, xsd:string or a language-tagged string; else an eval error. */
final class StringArgument {

    private StringArgument() {
    }

    static Node of(String function, NodeValue value) {
        Node n = value.asNode();
        if (!n.isLiteral()) {
            throw new ExprEvalException(function + ": not a string literal: " + value);
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()) && !dt.equals(RDF.dtLangString.getURI())
                && !dt.equals(RDF.dtDirLangString.getURI())) {
            throw new ExprEvalException(function + ": not a string literal: " + value);
        }
        return n;
    }
}
