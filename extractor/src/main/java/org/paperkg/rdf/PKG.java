package org.paperkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the paperkg ontology ({@code ontology/paperkg.ttl}) and the namespaces of paperkg resources. */
public final class PKG {

    /** Ontology namespace (contract). */
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    /** Namespace of paperkg resources: papers, entities, statements, graphs. */
    public static final String RESOURCE = "https://w3id.org/paperkg/resource/";
    /** Graph holding corpus-level entity facts: support and merged labels. */
    public static final String ENTITIES_GRAPH = RESOURCE + "graph/entities";
    /** Graph holding the ontology itself when loaded into a store. */
    public static final String ONTOLOGY_GRAPH = RESOURCE + "graph/ontology";
    /** Classpath location of the packaged ontology. */
    public static final String ONTOLOGY_RESOURCE = "paperkg/ontology/paperkg.ttl";
    /** Classpath location of the packaged SHACL shapes. */
    public static final String SHAPES_RESOURCE = "paperkg/ontology/shapes.ttl";

    public static final Resource Paper = resource("Paper");
    public static final Resource Entity = resource("Entity");
    public static final Resource Method = resource("Method");
    public static final Resource Task = resource("Task");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Statement = resource("Statement");
    public static final Resource Author = resource("Author");
    public static final Resource Result = resource("Result");
    public static final Resource Metric = resource("Metric");

    public static final Property mentionsEntity = property("mentionsEntity");
    public static final Property proposesMethod = property("proposesMethod");
    public static final Property usesMethod = property("usesMethod");
    public static final Property addressesTask = property("addressesTask");
    public static final Property usesDataset = property("usesDataset");
    public static final Property introducesDataset = property("introducesDataset");

    public static final Property arxivId = property("arxivId");
    public static final Property doi = property("doi");
    public static final Property authorCount = property("authorCount");
    public static final Property category = property("category");
    public static final Property venue = property("venue");
    public static final Property truncatedAbstract = property("truncatedAbstract");

    public static final Property support = property("support");

    public static final Property reportsResult = property("reportsResult");
    public static final Property metric = property("metric");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property isImprovement = property("isImprovement");
    public static final Property isBaseline = property("isBaseline");
    public static final Property onDataset = property("onDataset");
    public static final Property datasetAsWritten = property("datasetAsWritten");
    public static final Property evaluationSplit = property("evaluationSplit");
    public static final Property forTask = property("forTask");
    public static final Property forMethod = property("forMethod");
    public static final Property direction = property("direction");

    public static final Property evidence = property("evidence");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");

    private PKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
