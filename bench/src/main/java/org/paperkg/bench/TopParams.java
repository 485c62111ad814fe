package org.paperkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parameter values that make the saved queries work hardest on the served graph: the labels of the most supported
 * task, method and dataset, a word of that method's label, and a paper linked to the top task.
 */
final class TopParams {

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String ENTITIES = "<https://w3id.org/paperkg/resource/graph/entities>";

    private TopParams() {
    }

    static Map<String, String> of(HttpClient http, URI endpoint) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String task = top(http, endpoint, "Task");
        String method = top(http, endpoint, "Method");
        String dataset = top(http, endpoint, "Dataset");
        if (task != null) {
            out.put("task", task);
        }
        if (dataset != null) {
            out.put("dataset", dataset);
        }
        if (method != null) {
            out.put("entity", method);
            for (String w : method.split("\\W+")) {
                if (w.length() >= 4) {
                    out.put("text", w);
                    break;
                }
            }
        }
        if (task != null) {
            String paper = first(http, endpoint, PREFIXES + "SELECT ?x WHERE { GRAPH " + ENTITIES
                    + " { ?t a pkg:Task ; skos:prefLabel " + literal(task) + " } ?x pkg:addressesTask ?t } LIMIT 1");
            if (paper != null) {
                out.put("paper", paper);
            }
        }
        return out;
    }

    private static String top(HttpClient http, URI endpoint, String type) throws Exception {
        return first(http, endpoint, PREFIXES + "SELECT ?x WHERE { GRAPH " + ENTITIES + " { ?e a pkg:" + type
                + " ; skos:prefLabel ?x ; pkg:support ?s } } ORDER BY DESC(?s) ?x LIMIT 1");
    }

    private static String first(HttpClient http, URI endpoint, String query) throws Exception {
        QueryBench.Result r = QueryBench.send(http, endpoint, query);
        if (r.status() != 200) {
            return null;
        }
        JsonNode b = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        return b.size() == 0 ? null : b.get(0).path("x").path("value").asText(null);
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
