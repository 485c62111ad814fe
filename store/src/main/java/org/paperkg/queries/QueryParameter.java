package org.paperkg.queries;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** A parameter of a saved query: the variable it binds, its type (string, integer, decimal, iri), default and meaning. */
public record QueryParameter(String name, String type, String defaultValue, String description) {

    /** The typed RDF term for {@code value}; fails with a plain message when the value does not fit the type. */
    public Node toNode(String value) {
        try {
            return switch (type) {
                case "string" -> NodeFactory.createLiteralString(value);
                case "integer" -> NodeFactory.createLiteralDT(new BigInteger(value.trim()).toString(), XSDDatatype.XSDinteger);
                case "decimal" -> NodeFactory.createLiteralDT(new BigDecimal(value.trim()).toPlainString(), XSDDatatype.XSDdecimal);
                case "iri" -> NodeFactory.createURI(IRIx.create(value.trim()).str());
                default -> throw new IllegalArgumentException("unknown parameter type " + type);
            };
        } catch (NumberFormatException | IRIException e) {
            throw new QueryException("Parameter " + name + " must be " + (type.equals("iri") ? "an IRI" : type.equals("integer") ? "an integer" : "a " + type)
                    + ", not \"" + value + "\".");
        }
    }
}
