package org.paperkg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import org.paperkg.queries.QueryCatalogue;
import org.paperkg.queries.QueryParameter;
import org.paperkg.queries.SavedQuery;

/**
 * The saved queries of a folder as the server receives them from {@code paperkg query --endpoint}: parameters bound
 * as RDF terms by Jena's syntax substitution (as {@code QueryRunner} does through {@code QueryExecutionHTTP}).
 */
final class SavedQueryText {

    /** One saved query ready to send. */
    record Rendered(String name, String text, Map<String, String> bound) {
    }

    private SavedQueryText() {
    }

    /**
     * Every saved query of {@code dir}, rendered with {@code params}: a parameter gets the value given for its name
     * when that value fits its type, else its default.
     */
    static List<Rendered> renderAll(Path dir, Map<String, String> params) {
        return QueryCatalogue.fromDirectory(dir).all().stream().map(q -> render(q, params)).toList();
    }

    private static Rendered render(SavedQuery q, Map<String, String> params) {
        Map<String, String> given = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) {
            String v = params.get(p.name());
            if (v == null) {
                continue;
            }
            try {
                p.toNode(v);
                given.put(p.name(), v);
            } catch (RuntimeException e) {
                // a value of the wrong type for this query's parameter: keep its default
            }
        }
        Map<Var, Node> bindings = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        q.bindings(given).forEach((k, v) -> {
            bindings.put(Var.alloc(k), v);
            shown.put(k, v.toString());
        });
        Query query = q.query(q.name() + ".rq");
        Query bound = bindings.isEmpty() ? query : QueryTransformOps.syntaxSubstitute(query, bindings);
        return new Rendered(q.name(), bound.toString(), shown);
    }
}
