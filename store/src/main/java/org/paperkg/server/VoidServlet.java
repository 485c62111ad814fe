package org.paperkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
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

/** Serves a VoID description of the graph: endpoint, dumps, triple count and entity counts per class. */
public final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String VOID = "http://rdfs.org/ns/void#";

    private static final String COUNTS = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) {
              VALUES ?class { pkg:Paper pkg:Method pkg:Task pkg:Dataset pkg:Statement pkg:Author pkg:Metric pkg:Result }
              GRAPH ?g { ?s a ?class }
            } GROUP BY ?class""";

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
        DatasetGraph dsg = dataset.get();
        Txn.executeRead(dsg, () -> {
            long triples = org.apache.jena.atlas.iterator.Iter.count(dsg.getUnionGraph().find());
            long graphs = org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes());
            ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(triples));
            ds.addLiteral(m.createProperty(PKG.NS, "namedGraphs"), m.createTypedLiteral(graphs));
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(COUNTS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Resource part = m.createResource();
                    part.addProperty(m.createProperty(VOID, "class"), s.getResource("class"));
                    part.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(s.getLiteral("n").getLong()));
                    ds.addProperty(m.createProperty(VOID, "classPartition"), part);
                }
            }
        });
        resp.setContentType(Lang.TURTLE.getHeaderString() + "; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), m, RDFFormat.TURTLE_PRETTY);
    }
}
