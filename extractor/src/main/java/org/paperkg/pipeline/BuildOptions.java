package org.paperkg.pipeline;

import java.nio.file.Path;

/**
 * How {@link GraphBuilder} extracts and what it writes.
 *
 * @param vocabulary      SKOS Turtle or TSV file of known names, or null
 * @param nerModel        trained CoreNLP CRF model used beside the rules, or null
 * @param threads         extraction threads (at least 1)
 * @param includeOntology also write the ontology, in {@link org.paperkg.rdf.PKG#ONTOLOGY_GRAPH}
 * @param extractor       the learned extractor (default) or the rules alone
 */
public record BuildOptions(Path vocabulary, Path nerModel, int threads, boolean includeOntology,
                           ExtractorChoice extractor) {

    public BuildOptions {
        extractor = extractor == null ? ExtractorChoice.LEARNED : extractor;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** Options with the default (learned) extractor. */
    public BuildOptions(Path vocabulary, Path nerModel, int threads, boolean includeOntology) {
        this(vocabulary, nerModel, threads, includeOntology, ExtractorChoice.LEARNED);
    }

    /** Options without the ontology in the output. */
    public BuildOptions(Path vocabulary, Path nerModel, int threads) {
        this(vocabulary, nerModel, threads, false);
    }

    /** No vocabulary, the learned extractor, one thread per core. */
    public static BuildOptions defaults() {
        return new BuildOptions(null, null, Runtime.getRuntime().availableProcessors());
    }
}
