package org.paperkg.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.paperkg.mentions.MentionExtractor;
import org.paperkg.pipeline.ExtractorFactory;

/**
 * One extractor per executor JVM and choice of vocabulary and model, made on first use: CoreNLP models take seconds
 * and hundreds of MB to load, so tasks share them instead of loading one per partition. The extractors are
 * thread-safe (the single-JVM build shares one among its threads too).
 */
final class ExtractorHolder {

    /** Static on purpose: this is the per-JVM cache Spark tasks cannot otherwise share. */
    private static final Map<String, MentionExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExtractorHolder() {
    }

    /** The extractor of this JVM for the given vocabulary and NER model (each may be null). */
    static MentionExtractor extractor(String vocabulary, String nerModel) {
        return EXTRACTORS.computeIfAbsent(vocabulary + "\u0000" + nerModel, k -> ExtractorFactory.create(
                vocabulary == null ? null : Path.of(vocabulary), nerModel == null ? null : Path.of(nerModel)));
    }
}
