package org.paperkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Runs the pages' own SPARQL on the served dataset, in a read transaction, with a time limit. */
final class LocalSparql {

    /** Prefixes every page query starts with. */
    static final String PREFIXES = """
            PREFIX pkg:     <https://w3id.org/paperkg/ontology#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX text:    <http://jena.apache.org/text#>
            PREFIX void:    <http://rdfs.org/ns/void#>
            """;

    /** Page queries are cancelled after this long. */
    static final long TIMEOUT_SECONDS = 20;

    private final Supplier<DatasetGraph> dataset;

    LocalSparql(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    /** The dataset served (a text dataset over TDB2). */
    Dataset dataset() {
        return DatasetFactory.wrap(dataset.get());
    }

    /** All rows of a SELECT ({@link #PREFIXES} are prepended) with {@code bindings} substituted. */
    List<QuerySolution> select(String query, Map<String, RDFNode> bindings) {
        return rows(PREFIXES + query, bindings);
    }

    /** All rows of a complete SELECT query with {@code bindings} substituted. */
    List<QuerySolution> rows(String query, Map<String, RDFNode> bindings) {
        Dataset ds = dataset();
        QuerySolutionMap init = new QuerySolutionMap();
        bindings.forEach(init::add);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).substitution(init)
                    .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                // Copied inside the transaction: TDB2 rows decode their terms lazily.
                List<QuerySolution> rows = new ArrayList<>();
                ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** The graph a CONSTRUCT ({@link #PREFIXES} prepended) builds with {@code bindings} substituted. */
    Model construct(String query, Map<String, RDFNode> bindings) {
        Dataset ds = dataset();
        QuerySolutionMap init = new QuerySolutionMap();
        bindings.forEach(init::add);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).substitution(init)
                    .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                Model m = ModelFactory.createDefaultModel();
                m.add(qe.execConstruct());
                return m;
            }
        });
    }
}
