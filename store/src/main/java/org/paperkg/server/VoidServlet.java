package org.paperkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Prefixes;
import org.paperkg.store.GraphStatistics;

/**
 * Serves a VoID description of the graph: endpoint, dumps, and the figures computed at load time (triple count,
 * entity counts per class, link counts per property).
 */
public final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String VOID = "http://rdfs.org/ns/void#";

    private final transient Supplier<DatasetGraph> dataset;
    private final String service;

    public VoidServlet(Supplier<DatasetGraph> dataset, String service) {
        this.dataset = dataset;
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = ServerUrls.base(req);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.mapping());
        m.setNsPrefix("void", VOID);
        Resource ds = m.createResource(base + "/void#paperkg");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.title, "paperkg: methods, tasks and datasets of machine-learning papers");
        ds.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "/" + service + "/sparql"));
        for (String ext : new String[] {"nq", "trig", "ttl"}) {
            ds.addProperty(m.createProperty(VOID, "dataDump"),
                    m.createResource(base + "/dump/" + DumpServlet.NAME + "." + ext + ".gz"));
        }
        ds.addProperty(m.createProperty(VOID, "uriSpace"), PKG.RESOURCE);
        ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(PKG.NS));
        // The figures written at load time (GraphStatistics), never counted per request: counting the union graph's
        // distinct triples held every triple in a hash set, per request (4.3 million live at 100K papers).
        DatasetGraph dsg = dataset.get();
        Node graph = NodeFactory.createURI(PKG.ENTITIES_GRAPH);
        Node stats = NodeFactory.createURI(GraphStatistics.IRI);
        Txn.executeRead(dsg, () -> {
            copy(dsg, graph, stats, VOID + "triples", ds);
            for (String[] kind : new String[][] {{"classPartition", "class", "entities"}, {"propertyPartition", "property", "triples"}}) {
                dsg.find(graph, stats, NodeFactory.createURI(VOID + kind[0]), Node.ANY).forEachRemaining(q -> {
                    Resource part = m.createResource();
                    copy(dsg, graph, q.getObject(), VOID + kind[1], part);
                    copy(dsg, graph, q.getObject(), VOID + kind[2], part);
                    ds.addProperty(m.createProperty(VOID, kind[0]), part);
                });
            }
        });
        resp.setContentType(Lang.TURTLE.getHeaderString() + "; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), m, RDFFormat.TURTLE_PRETTY);
    }

    /** Adds to {@code target} the values of {@code property} that {@code subject} has in {@code graph}. */
    private static void copy(DatasetGraph dsg, Node graph, Node subject, String property, Resource target) {
        Model m = target.getModel();
        dsg.find(graph, subject, NodeFactory.createURI(property), Node.ANY).forEachRemaining(
                q -> target.addProperty(m.createProperty(property), m.asRDFNode(q.getObject())));
    }
}
