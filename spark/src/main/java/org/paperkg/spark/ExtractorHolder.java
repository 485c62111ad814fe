package org.paperkg.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.paperkg.mentions.MentionExtractor;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.ExtractorFactory;
import org.paperkg.results.ResultExtractor;

/**
 * One extractor per executor JVM and choice of extractor, vocabulary and model, made on first use: CoreNLP models
 * take seconds and hundreds of MB to load, so tasks share them instead of loading one per partition. The same for
 * the result extractor. The extractors are thread-safe (the single-JVM build shares one among its threads too).
 */
final class ExtractorHolder {

    /** Static on purpose: this is the per-JVM cache Spark tasks cannot otherwise share. */
    private static final Map<String, MentionExtractor> EXTRACTORS = new ConcurrentHashMap<>();
    private static volatile ResultExtractor results;

    private ExtractorHolder() {
    }

    /**
     * The extractor of this JVM for the given choice, vocabulary and NER model (each of the last two may be null),
     * made by {@link ExtractorFactory#create(ExtractorChoice, Path, Path)} as the single-JVM build makes it.
     */
    static MentionExtractor extractor(ExtractorChoice choice, String vocabulary, String nerModel) {
        return EXTRACTORS.computeIfAbsent(choice.id() + "\u0000" + vocabulary + "\u0000" + nerModel,
                k -> ExtractorFactory.create(choice, vocabulary == null ? null : Path.of(vocabulary),
                        nerModel == null ? null : Path.of(nerModel)));
    }

    /** The result extractor of this JVM (packaged metric list). */
    static ResultExtractor results() {
        ResultExtractor r = results;
        if (r == null) {
            synchronized (ExtractorHolder.class) {
                r = results;
                if (r == null) {
                    r = new ResultExtractor();
                    results = r;
                }
            }
        }
        return r;
    }
}
