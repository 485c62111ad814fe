package org.paperkg.pipeline;

import java.nio.file.Path;

/**
 * How {@link GraphBuilder} extracts and what it writes.
 *
 * @param vocabulary      SKOS Turtle or TSV file of known names, or null
 * @param nerModel        trained CoreNLP CRF model used beside the rules, or null
 * @param threads         extraction threads (at least 1)
 * @param includeOntology also write the ontology, in {@link org.paperkg.rdf.PKG#ONTOLOGY_GRAPH}
 */
public record BuildOptions(Path vocabulary, Path nerModel, int threads, boolean includeOntology) {

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** Options without the ontology in the output. */
    public BuildOptions(Path vocabulary, Path nerModel, int threads) {
        this(vocabulary, nerModel, threads, false);
    }

    /** No vocabulary, rules only, one thread per core. */
    public static BuildOptions defaults() {
        return new BuildOptions(null, null, Runtime.getRuntime().availableProcessors());
    }
}
