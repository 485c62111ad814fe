package org.paperkg.queries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.paperkg.rdf.PKG;

/**
 * Finds entities and papers the way people type them. An entity by any of its names in any case, with hyphens or
 * spaces, singular or plural; a paper by IRI, arXiv id, DOI or exact title. Candidates come from the look-up key
 * index and the full-text index (fuzzy, so a plural or a typo still finds the name); a candidate matches when its
 * {@link #canonical canonical} name equals the typed one, and the rest are offered as the closest names.
 */
public final class NameResolver {

    /** Runs a SELECT (the prefixes of {@link #PREFIXES} included) with bindings; local store or endpoint. */
    @FunctionalInterface
    public interface Select {
        List<QuerySolution> rows(String query, Map<String, RDFNode> bindings);
    }

    /** A resolved entity or paper: its IRI, name (label or title) and class local name. */
    public record Match(String iri, String label, String type) {
    }

    static final String PREFIXES = """
            PREFIX pkg:     <https://w3id.org/paperkg/ontology#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX text:    <http://jena.apache.org/text#>
            """;

    private static final Pattern ARXIV = Pattern.compile("(?i)^(?:arxiv:\\s*)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[a-z]{2})?/\\d{7}))(v\\d+)?$");
    private static final Pattern DOI = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)?(10\\.\\d{4,9}/\\S+)$");
    private static final int SUGGESTIONS = 5;

    private final Select select;

    public NameResolver(Select select) {
        this.select = select;
    }

    /**
     * The entity named {@code typed}, of class {@code type} ({@code Method}, {@code Task}, {@code Dataset}; null: any);
     * throws {@link UnknownNameException} (naming {@code parameter}) with the closest names when none matches.
     */
    public Match entity(String parameter, String typed, String type) {
        String key = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String typeFilter = type == null ? "FILTER (?type IN (pkg:Method, pkg:Task, pkg:Dataset))"
                : "FILTER (?type = pkg:" + type + ")";
        List<QuerySolution> exact = select.rows(PREFIXES + """
                SELECT ?e ?label ?type WHERE {
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    ?e pkg:labelKey ?key ; skos:prefLabel ?label ; a ?type . %s
                    OPTIONAL { ?e pkg:support ?support }
                  }
                } ORDER BY DESC(?support) LIMIT 1""".formatted(typeFilter),
                Map.of("key", ResourceFactory.createStringLiteral(key)));
        if (!exact.isEmpty()) {
            return match(exact.get(0), "label");
        }
        String lucene = luceneWords(typed);
        List<QuerySolution> hits = lucene.isEmpty() ? List.of() : select.rows(PREFIXES + """
                SELECT ?e ?label ?type ?name WHERE {
                  { SELECT ?e (MAX(?score) AS ?best) WHERE { (?e ?score) text:query (skos:prefLabel ?q 100) } GROUP BY ?e }
                  GRAPH <https://w3id.org/paperkg/resource/graph/entities> {
                    ?e skos:prefLabel ?label ; a ?type ; skos:prefLabel|skos:altLabel ?name . %s
                  }
                } ORDER BY DESC(?best) ?e""".formatted(typeFilter),
                Map.of("q", ResourceFactory.createStringLiteral(lucene)));
        String wanted = canonical(typed);
        Map<String, QuerySolution> byEntity = new LinkedHashMap<>();
        for (QuerySolution r : hits) {
            if (canonical(r.getLiteral("name").getLexicalForm()).equals(wanted)) {
                return match(r, "label");
            }
            byEntity.putIfAbsent(r.getResource("e").getURI(), r);
        }
        List<String> closest = byEntity.values().stream().map(r -> r.getLiteral("label").getLexicalForm())
                .distinct().limit(SUGGESTIONS).toList();
        String what = type == null ? "method, task or dataset" : type.toLowerCase(Locale.ROOT);
        throw new UnknownNameException(parameter, "No " + what + " is named \"" + typed.strip() + "\""
                + (closest.isEmpty() ? "; try other words, or the label-search query." : "; the closest names are: "
                + String.join(", ", closest) + "."), closest);
    }

    /**
     * The paper {@code typed} names: its IRI, its arXiv id (any version), its DOI (bare, {@code doi:} or a doi.org
     * link) or its exact title in any case; throws {@link UnknownNameException} with the closest titles otherwise.
     */
    public Match paper(String parameter, String typed) {
        String t = typed.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        Optional<Match> found = Optional.empty();
        int local = t.indexOf("/paper/");
        if (t.startsWith(PKG.RESOURCE) || (t.startsWith("http") && local > 0)) {
            String iri = t.startsWith(PKG.RESOURCE) ? t : PKG.RESOURCE + t.substring(local + 1);
            found = one("SELECT ?e ?label WHERE { ?e a pkg:Paper ; dcterms:title ?label }", "e", ResourceFactory.createResource(iri));
        } else if (ARXIV.matcher(t).matches()) {
            Matcher m = ARXIV.matcher(t);
            m.matches();
            found = one("SELECT ?e ?label WHERE { ?e pkg:arxivId ?id ; dcterms:title ?label }", "id",
                    ResourceFactory.createStringLiteral(m.group(1)));
            if (found.isEmpty()) {
                found = one("SELECT ?e ?label WHERE { ?e a pkg:Paper ; dcterms:title ?label }", "e",
                        ResourceFactory.createResource(PKG.RESOURCE + "paper/" + m.group(1)));
            }
        } else if (DOI.matcher(t).matches()) {
            Matcher m = DOI.matcher(t);
            m.matches();
            for (String doi : List.of(m.group(1), m.group(1).toLowerCase(Locale.ROOT), m.group(1).toUpperCase(Locale.ROOT))) {
                found = found.isPresent() ? found : one("SELECT ?e ?label WHERE { ?e pkg:doi ?d ; dcterms:title ?label }",
                        "d", ResourceFactory.createStringLiteral(doi));
            }
        }
        if (found.isPresent()) {
            return found.get();
        }
        String lucene = luceneWords(t);
        List<QuerySolution> hits = lucene.isEmpty() ? List.of() : select.rows(PREFIXES + """
                SELECT ?e ?label WHERE {
                  { SELECT ?e (MAX(?score) AS ?best) WHERE { (?e ?score) text:query (dcterms:title ?q 20) } GROUP BY ?e }
                  ?e a pkg:Paper ; dcterms:title ?label .
                } ORDER BY DESC(?best) ?e""", Map.of("q", ResourceFactory.createStringLiteral(lucene)));
        String wanted = canonical(t);
        List<String> closest = new ArrayList<>();
        for (QuerySolution r : hits) {
            String title = r.getLiteral("label").getLexicalForm();
            if (canonical(title).equals(wanted)) {
                return new Match(r.getResource("e").getURI(), title, "Paper");
            }
            if (closest.size() < SUGGESTIONS && !closest.contains(title)) {
                closest.add(title);
            }
        }
        throw new UnknownNameException(parameter, "No paper has the IRI, arXiv id, DOI or title \"" + t + "\""
                + (closest.isEmpty() ? "." : "; the closest titles are: " + String.join("; ", closest) + "."), closest);
    }

    private Optional<Match> one(String query, String var, RDFNode value) {
        List<QuerySolution> rows = select.rows(PREFIXES + query, Map.of(var, value));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution r = rows.get(0);
        String iri = r.contains("e") ? r.getResource("e").getURI() : value.asResource().getURI();
        return Optional.of(new Match(iri, r.getLiteral("label").getLexicalForm(), "Paper"));
    }

    private static Match match(QuerySolution r, String labelVar) {
        String type = r.getResource("type").getURI();
        return new Match(r.getResource("e").getURI(), r.getLiteral(labelVar).getLexicalForm(), type.substring(type.indexOf('#') + 1));
    }

    /**
     * A Lucene query for the words of {@code typed}, any of them, each fuzzy (one edit) from four letters on, so a
     * plural or a typo still finds the name; Lucene's syntax characters are dropped.
     */
    public static String luceneWords(String typed) {
        List<String> words = new ArrayList<>();
        for (String w : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.equals("and") || w.equals("or") || w.equals("not")) {
                continue;
            }
            words.add(w.length() >= 4 ? w + "~1" : w);
        }
        return String.join(" ", words);
    }

    /**
     * The form two names are compared in: accents and case dropped, every word singular, and hyphens, spaces and
     * punctuation removed, so "Time-series forecasting", "time series forecasting" and "timeseries forecastings"
     * are one name.
     */
    public static String canonical(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            out.append(singular(w));
        }
        return out.toString();
    }

    private static String singular(String w) {
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
