package org.paperkg.bench;

import java.util.List;

import org.paperkg.pipeline.ExtractorFactory;
import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.entities.EntityResolver;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.RuleMentionExtractor;

/** How the harness builds paperkg's own extractor and resolver, exactly as {@code paperkg build} does (no vocabulary). */
final class Product {

    private Product() {
    }

    /** A new rule-based mention extractor, made as {@code paperkg build} makes it (loads its CoreNLP models). */
    static MentionExtractor newExtractor() {
        return ExtractorFactory.create(null, null);
    }

    /** A new, empty corpus-level resolver. */
    static EntityResolver newResolver() {
        return new CorpusEntityResolver();
    }

    /** Names of the product classes in use, for the report. */
    static List<String> describe() {
        return List.of("extractor " + RuleMentionExtractor.class.getName(),
                "resolver " + CorpusEntityResolver.class.getName());
    }
}
