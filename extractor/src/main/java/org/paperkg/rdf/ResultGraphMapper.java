package org.paperkg.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import org.paperkg.entities.PaperLink;
import org.paperkg.papers.PaperRecord;
import org.paperkg.results.ResultClaim;

/**
 * Maps a paper's results into its named graph, next to what {@link PaperGraphMapper} writes there: per result a
 * {@code pkg:Result} (metric, value, unit, flags, dataset with its name as written and split, task, method), the {@code pkg:reportsResult} link with its
 * {@code pkg:Statement} (evidence sentence, span, rule, confidence, provenance), and each metric used with its type,
 * labels and direction. Metrics are recorded in the {@link EntityGraphCollector} like the other entities.
 */
public final class ResultGraphMapper {

    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    private final EntityGraphCollector entityGraph;
    private final Node generator;

    /**
     * @param entityGraph where metrics are recorded, or null
     * @param generator   the extractor IRI written into every statement ({@link PaperGraphMapper#generator()})
     */
    public ResultGraphMapper(EntityGraphCollector entityGraph, Node generator) {
        this.entityGraph = entityGraph;
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** Writes the results of {@code paper} into its graph. The links they name must be written for the paper too. */
    public void map(PaperRecord paper, List<ResultClaim> results, StreamRDF out) {
        if (results.isEmpty()) {
            return;
        }
        Node g = NodeFactory.createURI(ResourceIris.paper(paper.key()));
        Set<Quad> seen = new HashSet<>();
        java.util.Map<String, Set<String>> metrics = new java.util.TreeMap<>();
        for (ResultClaim r : results) {
            String metricIri = ResourceIris.metric(r.metric().key());
            Set<String> alts = metrics.computeIfAbsent(metricIri, k -> new TreeSet<>());
            if (r.metricText() != null && !r.metricText().equals(r.metric().name()) && !r.metricText().isBlank()) {
                alts.add(r.metricText());
            }
            writeResult(g, r, metricIri, quad -> {
                if (seen.add(quad)) {
                    out.quad(quad);
                }
            });
        }
        for (ResultClaim r : results) {
            String metricIri = ResourceIris.metric(r.metric().key());
            Set<String> alts = metrics.remove(metricIri);
            if (alts == null) {
                continue;
            }
            Node m = NodeFactory.createURI(metricIri);
            out.quad(Quad.create(g, m, Terms.TYPE, PKG.Metric.asNode()));
            out.quad(Quad.create(g, m, Terms.PREF_LABEL, Terms.string(r.metric().name())));
            for (String alt : alts) {
                out.quad(Quad.create(g, m, Terms.ALT_LABEL, Terms.string(alt)));
            }
            out.quad(Quad.create(g, m, PKG.direction.asNode(), Terms.pkg(r.metric().direction().localName())));
            if (entityGraph != null) {
                entityGraph.record(metricIri, PKG.Metric.asNode(), r.metric().name(), alts);
            }
        }
    }

    private void writeResult(Node g, ResultClaim r, String metricIri, java.util.function.Consumer<Quad> out) {
        String identity = String.join(" ", g.getURI(), metricIri, r.value().toPlainString(), String.valueOf(r.unit()),
                Boolean.toString(r.improvement()), Boolean.toString(r.baseline()), iri(r.dataset()), iri(r.method()),
                Integer.toString(r.charStart()), Integer.toString(r.charEnd()));
        Node res = NodeFactory.createURI(ResourceIris.result(identity));
        out.accept(Quad.create(g, g, PKG.reportsResult.asNode(), res));
        out.accept(Quad.create(g, res, Terms.TYPE, PKG.Result.asNode()));
        out.accept(Quad.create(g, res, PKG.metric.asNode(), NodeFactory.createURI(metricIri)));
        out.accept(Quad.create(g, res, PKG.value.asNode(),
                NodeFactory.createLiteralDT(decimal(r.value()), XSDDatatype.XSDdecimal)));
        if (r.unit() != null && !r.unit().isBlank()) {
            out.accept(Quad.create(g, res, PKG.unit.asNode(), Terms.string(r.unit())));
        }
        out.accept(Quad.create(g, res, PKG.isImprovement.asNode(), r.improvement() ? Terms.TRUE : FALSE));
        out.accept(Quad.create(g, res, PKG.isBaseline.asNode(), r.baseline() ? Terms.TRUE : FALSE));
        out.accept(Quad.create(g, res, PKG.onDataset.asNode(), NodeFactory.createURI(iri(r.dataset()))));
        if (r.datasetAsWritten() != null && !r.datasetAsWritten().isBlank()) {
            out.accept(Quad.create(g, res, PKG.datasetAsWritten.asNode(), Terms.string(r.datasetAsWritten())));
        }
        if (r.split() != null && !r.split().isBlank()) {
            out.accept(Quad.create(g, res, PKG.evaluationSplit.asNode(), Terms.string(r.split())));
        }
        if (r.task() != null) {
            out.accept(Quad.create(g, res, PKG.forTask.asNode(), NodeFactory.createURI(iri(r.task()))));
        }
        if (r.method() != null) {
            out.accept(Quad.create(g, res, PKG.forMethod.asNode(), NodeFactory.createURI(iri(r.method()))));
        }
        Node st = NodeFactory.createURI(ResourceIris.statement(g.getURI(), "reportsResult", res.getURI()));
        out.accept(Quad.create(g, st, Terms.TYPE, PKG.Statement.asNode()));
        out.accept(Quad.create(g, st, Terms.SUBJECT, g));
        out.accept(Quad.create(g, st, Terms.PREDICATE, PKG.reportsResult.asNode()));
        out.accept(Quad.create(g, st, Terms.OBJECT, res));
        out.accept(Quad.create(g, st, PKG.evidence.asNode(), Terms.string(r.evidence())));
        int start = Math.max(0, r.charStart());
        out.accept(Quad.create(g, st, PKG.charStart.asNode(), Terms.integer(start)));
        out.accept(Quad.create(g, st, PKG.charEnd.asNode(), Terms.integer(Math.max(start, r.charEnd()))));
        out.accept(Quad.create(g, st, PKG.rule.asNode(), Terms.string(r.rule())));
        out.accept(Quad.create(g, st, PKG.confidence.asNode(), PaperGraphMapper.confidence(r.confidence())));
        out.accept(Quad.create(g, st, Terms.WAS_DERIVED_FROM, g));
        out.accept(Quad.create(g, st, Terms.WAS_GENERATED_BY, generator));
    }

    private static String iri(PaperLink link) {
        return link == null ? "" : ResourceIris.entity(link.relation().type(), link.entityKey());
    }

    /** The value's lexical form as xsd:decimal wants it: plain digits, a point only when there is a fraction. */
    private static String decimal(java.math.BigDecimal value) {
        return value.toPlainString();
    }
}
