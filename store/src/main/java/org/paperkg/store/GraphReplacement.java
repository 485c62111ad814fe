package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Replaces stored graphs with the graphs of incoming quads, writing only what changed: each run of quads of one graph
 * is compared with the stored graph, and the stored graph is replaced only when they differ. Use inside a write
 * transaction; quads must name their graph.
 *
 * <p>A graph met again later in the same input (its quads not contiguous) gets the later quads added to it, so the
 * result is the stored graph replaced by all the input's quads for it, as if they had come together.
 */
final class GraphReplacement extends StreamRDFBase {

    /** Runs longer than this are not compared: the graph is replaced and the rest streamed straight in. */
    private static final int MAX_RUN = 100_000;

    private final DatasetGraph dsg;
    private final Set<Node> seen = new HashSet<>();
    /** Graphs found equal to the stored ones so far: a later run of the same graph may still change them. */
    private final Set<Node> keptAsStored = new HashSet<>();
    private final List<Quad> run = new ArrayList<>();
    private Node current;
    private boolean direct;
    private long unchanged;
    private long replaced;
    private long added;
    private long deleted;

    GraphReplacement(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(current)) {
            flush();
            current = g;
            direct = false;
        }
        if (direct) {
            dsg.add(quad);
            added++;
            return;
        }
        run.add(quad);
        if (run.size() >= MAX_RUN) {
            // Too big to hold for a comparison: replace outright.
            boolean first = seen.add(g);
            if (first) {
                deleted += countAndClear(g);
                replaced++;
            }
            run.forEach(dsg::add);
            added += run.size();
            run.clear();
            direct = true;
        }
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        Node g = current;
        if (!seen.add(g)) {
            // Met before in this input: its stored content is already this input's; add the rest. A graph that was
            // equal to the stored one until now changes if the rest brings anything new (the entity graph follows).
            long fresh = 0;
            for (Quad q : run) {
                if (!dsg.contains(q)) {
                    dsg.add(q);
                    fresh++;
                }
            }
            added += fresh;
            if (fresh > 0 && keptAsStored.remove(g)) {
                unchanged--;
                replaced++;
            }
        } else {
            Set<Quad> incoming = new HashSet<>(run);
            if (sameAsStored(g, incoming)) {
                unchanged++;
                keptAsStored.add(g);
            } else {
                deleted += countAndClear(g);
                incoming.forEach(dsg::add);
                added += incoming.size();
                replaced++;
            }
        }
        run.clear();
    }

    private boolean sameAsStored(Node g, Set<Quad> incoming) {
        long stored = 0;
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            stored++;
            if (stored > incoming.size() || !incoming.contains(it.next())) {
                return false;
            }
        }
        return stored == incoming.size();
    }

    private long countAndClear(Node g) {
        long n = 0;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        if (n > 0) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        return n;
    }

    /** Graphs met in the input. */
    long graphs() {
        return seen.size();
    }

    /** Graphs whose stored content already equalled the input's (nothing written). */
    long unchanged() {
        return unchanged;
    }

    /** Graphs replaced. */
    long replaced() {
        return replaced;
    }

    /** Quads written (added, including ones that may already have been there) and deleted. */
    long written() {
        return added + deleted;
    }
}
