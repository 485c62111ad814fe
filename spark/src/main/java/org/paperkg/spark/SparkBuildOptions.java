package org.paperkg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.paperkg.pipeline.ExtractorChoice;

/**
 * What a Spark build reads and writes.
 *
 * @param inputs          listing files or folders, as paths Spark reads (local, {@code hdfs://}, {@code s3a://}, ...)
 * @param out             the folder to write N-Quads parts to; it must not exist yet
 * @param vocabulary      known names (SKOS Turtle or TSV), a path every executor can read, or null
 * @param nerModel        a CoreNLP CRF model used beside the rules, a path every executor can read, or null
 * @param partitions      partitions of the per-paper stages; 0 picks one per 100 papers (at least 4, at most 200
 *                        per core)
 * @param includeOntology also write the ontology, in its own graph
 * @param extractor       the learned extractor (default, also for null) or the rules alone
 */
public record SparkBuildOptions(List<String> inputs, String out, String vocabulary, String nerModel, int partitions,
                                boolean includeOntology, ExtractorChoice extractor) implements Serializable {

    public SparkBuildOptions {
        inputs = List.copyOf(inputs);
        extractor = extractor == null ? ExtractorChoice.LEARNED : extractor;
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is needed");
        }
        Objects.requireNonNull(out, "out");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (automatic) or more, not " + partitions);
        }
    }

    /** Options with the default (learned) extractor. */
    public SparkBuildOptions(List<String> inputs, String out, String vocabulary, String nerModel, int partitions,
                             boolean includeOntology) {
        this(inputs, out, vocabulary, nerModel, partitions, includeOntology, ExtractorChoice.LEARNED);
    }
}
