package org.paperkg.queries;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs saved queries against a local store or a SPARQL endpoint. Parameters are bound as typed RDF terms through
 * Jena's substitution, never spliced into the query text.
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final String endpoint;
    private final long timeoutMillis;

    private QueryRunner(Dataset dataset, String endpoint, long timeoutMillis) {
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.timeoutMillis = timeoutMillis;
    }

    private QueryRunner(Dataset dataset, String endpoint) {
        this(dataset, endpoint, 0);
    }

    /** This runner, with queries over the local store cancelled after {@code millis} (the server's pages use it). */
    public QueryRunner withTimeout(long millis) {
        return new QueryRunner(dataset, endpoint, millis);
    }

    /** A runner over a local dataset (a paperkg store). */
    public static QueryRunner local(Dataset dataset) {
        return new QueryRunner(dataset, null);
    }

    /** A runner over a SPARQL query endpoint, e.g. {@code http://localhost:3030/papers/sparql}. */
    public static QueryRunner remote(String endpoint) {
        return new QueryRunner(null, endpoint);
    }

    /**
     * Runs {@code q} with {@code params} (name to text; defaults for the rest) and returns all rows. Values given for
     * the name parameters ({@code task}, {@code method}, {@code dataset}, {@code entity}, {@code paper}) are resolved
     * first, the way people type them (see {@link NameResolver}); a name that matches nothing fails with the closest
     * names ({@link UnknownNameException}).
     */
    public ResultSetRewindable select(SavedQuery q, Map<String, String> params) {
        Query query = q.query(q.name() + ".rq");
        if (!query.isSelectType()) {
            throw new QueryException("Saved query " + q.name() + " is not a SELECT query.");
        }
        QuerySolutionMap bindings = new QuerySolutionMap();
        Model m = ModelFactory.createDefaultModel();
        q.bindings(resolve(q, params)).forEach((k, v) -> bindings.add(k, m.asRDFNode(v)));
        try {
            if (endpoint != null) {
                try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).substitution(bindings).build()) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
            }
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = localExecution(query, bindings)) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryException("Query " + q.name() + " took too long and was cancelled.", e);
        } catch (RuntimeException e) {
            if (endpoint == null || e instanceof QueryException) {
                throw e;
            }
            throw unreachable(endpoint, e);
        }
    }

    /**
     * A plain sentence for a failed remote call: connection refused, unknown host or the HTTP status, never the whole
     * request URL with the query in it.
     */
    public static QueryException unreachable(String endpoint, RuntimeException e) {
        String why = null;
        for (Throwable t = e; t != null && why == null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                why = "connection refused (is the server running?)";
            } else if (t instanceof java.net.UnknownHostException) {
                why = "unknown host " + t.getMessage();
            } else if (t instanceof java.net.http.HttpTimeoutException) {
                why = "it did not answer in time";
            } else if (t instanceof org.apache.jena.atlas.web.HttpException h && h.getStatusCode() > 0) {
                why = "it answered HTTP " + h.getStatusCode() + (h.getStatusLine() == null ? "" : " " + h.getStatusLine());
            }
        }
        if (why == null) {
            why = e.getClass().getSimpleName();
        }
        return new QueryException("Cannot query the SPARQL endpoint " + endpoint + ": " + why + ".", e);
    }

    /** The parameter values with every given name parameter replaced by the preferred name or IRI it resolves to. */
    public Map<String, String> resolve(SavedQuery q, Map<String, String> params) {
        NameResolver resolver = new NameResolver(this::rows);
        Map<String, String> out = new java.util.LinkedHashMap<>(params);
        for (QueryParameter p : q.parameters()) {
            String given = params.get(p.name());
            if (given == null || given.isBlank()) {
                continue;
            }
            switch (p.name()) {
                case "task" -> out.put(p.name(), resolver.entity(p.name(), given, "Task").label());
                case "method" -> out.put(p.name(), resolver.entity(p.name(), given, "Method").label());
                case "dataset" -> out.put(p.name(), resolver.entity(p.name(), given, "Dataset").label());
                case "entity" -> out.put(p.name(), resolver.entity(p.name(), given, null).label());
                case "paper" -> out.put(p.name(), resolver.paper(p.name(), given).iri());
                default -> { }
            }
        }
        return out;
    }

    /** All rows of a SELECT over the store or endpoint, {@code bindings} substituted. */
    public java.util.List<org.apache.jena.query.QuerySolution> rows(String sparql, Map<String, org.apache.jena.rdf.model.RDFNode> bindings) {
        QuerySolutionMap init = new QuerySolutionMap();
        bindings.forEach(init::add);
        java.util.List<org.apache.jena.query.QuerySolution> out = new java.util.ArrayList<>();
        try {
            if (endpoint != null) {
                try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(sparql).substitution(init).build()) {
                    ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(out::add);
                }
                return out;
            }
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = localExecution(org.apache.jena.query.QueryFactory.create(sparql), init)) {
                    ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(out::add);
                }
            });
            return out;
        } catch (QueryCancelledException e) {
            throw new QueryException("A name look-up took too long and was cancelled.", e);
        } catch (RuntimeException e) {
            if (endpoint == null || e instanceof QueryException) {
                throw e;
            }
            throw unreachable(endpoint, e);
        }
    }

    private QueryExecution localExecution(Query sparql, QuerySolutionMap bindings) {
        var b = QueryExecution.dataset(dataset).query(sparql).substitution(bindings);
        if (timeoutMillis > 0) {
            b = b.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    /** Writes {@code rs} as table, csv, tsv or json. */
    public static void write(ResultSet rs, String format, OutputStream out) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> ResultSetFormatter.out(out, rs);
            case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> throw new QueryException("Unknown format " + format + "; use table, csv, tsv or json.");
        }
    }
}
