package org.paperkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import org.paperkg.entities.Entity;
import org.paperkg.entities.PaperLink;
import org.paperkg.mentions.EntityType;
import org.paperkg.papers.PaperRecord;

/**
 * Maps one paper and its links to the quads of the paper's named graph (named by the paper IRI): bibliographic
 * triples, authors, the plain link triples, the linked entities' types and labels, and one provenance statement per
 * link. Entities are recorded in an {@link EntityGraphCollector} so the corpus-level graph matches the paper graphs exactly.
 */
public final class PaperGraphMapper {

    /** IRI prefix of the extractor that generated the statements; the version follows. */
    public static final String GENERATOR_PREFIX = "urn:paperkg:extractor:";

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final EntityLookup lookup;
    private final EntityGraphCollector entityGraph;
    private final Node generator;

    /**
     * @param lookup      corpus-level entities, for preferred and alternative labels
     * @param entityGraph where linked entities are recorded, or null
     * @param version     extractor version written into {@code prov:wasGeneratedBy}
     */
    public PaperGraphMapper(EntityLookup lookup, EntityGraphCollector entityGraph, String version) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.entityGraph = entityGraph;
        this.generator = NodeFactory.createURI(GENERATOR_PREFIX + ResourceIris.safeSegment(version));
    }

    /** The extractor IRI written into every statement. */
    public Node generator() {
        return generator;
    }

    /** Writes the paper's graph to {@code out}. */
    public void map(PaperRecord paper, List<PaperLink> links, StreamRDF out) {
        Node g = NodeFactory.createURI(ResourceIris.paper(paper.key()));
        Emitter e = new Emitter(g, out);
        writePaper(paper, g, e);

        Map<String, EntityUse> used = new LinkedHashMap<>();
        for (PaperLink link : links) {
            EntityType type = link.relation().type();
            String iri = ResourceIris.entity(type, link.entityKey());
            used.computeIfAbsent(iri, k -> use(type, link, paper.fullText()));
        }
        for (Map.Entry<String, EntityUse> u : used.entrySet()) {
            Node s = NodeFactory.createURI(u.getKey());
            EntityUse use = u.getValue();
            e.add(s, Terms.TYPE, Terms.typeOf(use.type));
            e.add(s, Terms.PREF_LABEL, Terms.string(use.prefLabel));
            for (String alt : use.altLabels) {
                e.add(s, Terms.ALT_LABEL, Terms.string(alt));
            }
            if (entityGraph != null) {
                entityGraph.record(u.getKey(), use.type, use.prefLabel, use.altLabels);
            }
        }
        for (PaperLink link : links) {
            writeLink(paper, link, g, e);
        }
    }

    private void writePaper(PaperRecord paper, Node g, Emitter e) {
        e.add(g, Terms.TYPE, PKG.Paper.asNode());
        e.add(g, Terms.TITLE, Terms.string(paper.title()));
        if (!paper.abstractText().isEmpty()) {
            e.add(g, Terms.ABSTRACT, Terms.string(paper.abstractText()));
        }
        Node issued = issued(paper.date());
        if (issued != null) {
            e.add(g, Terms.ISSUED, issued);
        }
        Set<String> authorIris = new LinkedHashSet<>();
        for (String name : paper.authors()) {
            String clean = name == null ? "" : name.strip();
            if (clean.isEmpty() || !authorIris.add(ResourceIris.author(clean))) {
                continue;
            }
            Node a = NodeFactory.createURI(ResourceIris.author(clean));
            e.add(g, Terms.CREATOR, a);
            e.add(a, Terms.TYPE, PKG.Author.asNode());
            e.add(a, Terms.FOAF_NAME, Terms.string(clean));
        }
        if (paper.authorCount() != null && paper.authorCount() >= 0) {
            e.add(g, PKG.authorCount.asNode(), Terms.integer(paper.authorCount()));
        }
        addString(e, g, PKG.arxivId.asNode(), paper.arxivId());
        addString(e, g, PKG.doi.asNode(), paper.doi());
        for (String category : new TreeSet<>(paper.categories())) {
            addString(e, g, PKG.category.asNode(), category);
        }
        addString(e, g, PKG.venue.asNode(), paper.venue());
        Node page = page(paper.url());
        if (page != null) {
            e.add(g, Terms.FOAF_PAGE, page);
        }
        if (paper.truncated()) {
            e.add(g, PKG.truncatedAbstract.asNode(), Terms.TRUE);
        }
    }

    private void writeLink(PaperRecord paper, PaperLink link, Node g, Emitter e) {
        String entityIri = ResourceIris.entity(link.relation().type(), link.entityKey());
        Node entity = NodeFactory.createURI(entityIri);
        Node property = Terms.property(link.relation());
        e.add(g, property, entity);

        Node st = NodeFactory.createURI(ResourceIris.statement(g.getURI(), link.relation(), entityIri));
        e.add(st, Terms.TYPE, PKG.Statement.asNode());
        e.add(st, Terms.SUBJECT, g);
        e.add(st, Terms.PREDICATE, property);
        e.add(st, Terms.OBJECT, entity);
        e.add(st, PKG.evidence.asNode(), Terms.string(evidence(paper, link)));
        int start = Math.max(0, link.charStart());
        int end = Math.max(start, link.charEnd());
        e.add(st, PKG.charStart.asNode(), Terms.integer(start));
        e.add(st, PKG.charEnd.asNode(), Terms.integer(end));
        String rule = link.rule() == null || link.rule().isBlank() ? "unknown" : link.rule();
        e.add(st, PKG.rule.asNode(), Terms.string(rule));
        e.add(st, PKG.confidence.asNode(), confidence(link.confidence()));
        e.add(st, Terms.WAS_DERIVED_FROM, g);
        e.add(st, Terms.WAS_GENERATED_BY, generator);
    }

    private EntityUse use(EntityType type, PaperLink link, String text) {
        Entity entity = lookup.find(type, link.entityKey());
        String pref = entity == null ? link.entityLabel() : entity.prefLabel();
        Set<String> alts = new TreeSet<>();
        if (entity != null) {
            alts.addAll(WrittenNames.of(pref, entity.altLabels(), text));
        }
        return new EntityUse(type, pref, alts);
    }

    private static String evidence(PaperRecord paper, PaperLink link) {
        if (link.evidence() != null && !link.evidence().isBlank()) {
            return link.evidence();
        }
        String text = paper.fullText();
        if (link.charStart() >= 0 && link.charStart() < link.charEnd() && link.charEnd() <= text.length()) {
            return text.substring(link.charStart(), link.charEnd());
        }
        return link.entityLabel();
    }

    /** The confidence as xsd:decimal, rounded to three places and kept within 0..1. */
    static Node confidence(double value) {
        double v = Double.isNaN(value) ? 0 : Math.min(1, Math.max(0, value));
        String lexical = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (!lexical.contains(".")) {
            lexical = lexical + ".0";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** dcterms:issued from an ISO date ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}); null when unknown or malformed. */
    static Node issued(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        if (YEAR.matcher(d).matches()) {
            return NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYear);
        }
        if (YEAR_MONTH.matcher(d).matches()) {
            return NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYearMonth);
        }
        try {
            return NodeFactory.createLiteralDT(LocalDate.parse(d).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** foaf:page for an absolute http(s) URL; null for anything that would not make a valid IRI. */
    static Node page(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return null;
            }
            return NodeFactory.createURI(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void addString(Emitter e, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            e.add(s, p, Terms.string(value));
        }
    }

    private record EntityUse(EntityType type, String prefLabel, Set<String> altLabels) {
    }

    /** Writes quads of one graph, dropping exact repeats (an author named twice, a link given twice). */
    private static final class Emitter {
        private final Node graph;
        private final StreamRDF out;
        private final Set<Quad> seen = new java.util.HashSet<>();

        Emitter(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                out.quad(q);
            }
        }
    }
}
