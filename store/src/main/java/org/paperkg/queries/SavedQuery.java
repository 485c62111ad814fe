package org.paperkg.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A saved SPARQL query ({@code queries/NAME.rq}) with the header comments that describe it:
 * <pre>
 * # @title Methods for a task
 * # @description Methods used or proposed by papers addressing a task.
 * # @param task string "speech recognition" -- label or alias of the task
 * </pre>
 */
public record SavedQuery(String name, String title, String description, List<QueryParameter> parameters, String text) {

    private static final Pattern PARAM = Pattern.compile(
            "@param\\s+(\\w+)\\s+(string|integer|decimal|iri)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|<[^>]*>|\\S+)\\s*(?:--\\s*(.*))?");

    /** Parses the header and checks the query text; {@code source} names the file in messages. */
    public static SavedQuery parse(String name, String text, String source) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                continue;
            }
            String c = line.substring(1).strip();
            if (c.startsWith("@title")) {
                title = c.substring("@title".length()).strip();
            } else if (c.startsWith("@description")) {
                append(description, c.substring("@description".length()).strip());
            } else if (c.startsWith("@param")) {
                Matcher m = PARAM.matcher(c);
                if (!m.matches()) {
                    throw new QueryException(source + " line " + (i + 1)
                            + ": a parameter reads '# @param NAME string|integer|decimal|iri DEFAULT -- description'.");
                }
                String dflt = m.group(3);
                if (dflt.startsWith("\"")) {
                    dflt = dflt.substring(1, dflt.length() - 1).replace("\\\"", "\"");
                } else if (dflt.startsWith("<")) {
                    dflt = dflt.substring(1, dflt.length() - 1);
                }
                params.add(new QueryParameter(m.group(1), m.group(2), dflt, m.group(4) == null ? "" : m.group(4).strip()));
            }
        }
        SavedQuery q = new SavedQuery(name, title, description.toString(), List.copyOf(params), text);
        Query parsed = q.query(source);
        for (QueryParameter p : params) {
            if (!parsed.toString().contains("?" + p.name())) {
                throw new QueryException(source + ": parameter " + p.name() + " is not a variable of the query.");
            }
            p.toNode(p.defaultValue());
        }
        return q;
    }

    /** The parsed query; {@code source} names the file in messages. */
    public Query query(String source) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The typed values of every parameter: the defaults, overridden by {@code given} (name to text). Unknown names fail.
     */
    public Map<String, Node> bindings(Map<String, String> given) {
        for (String k : given.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(k))) {
                throw new QueryException("Query " + name + " has no parameter " + k + "; it has "
                        + (parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(QueryParameter::name).toList())) + ".");
            }
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            out.put(p.name(), p.toNode(given.getOrDefault(p.name(), p.defaultValue())));
        }
        return out;
    }

    private static void append(StringBuilder sb, String s) {
        if (!s.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
    }
}
