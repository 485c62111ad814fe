package org.paperkg.bench;

import java.util.List;

import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.entities.EntityResolver;
import org.paperkg.mentions.MentionExtractor;
import org.paperkg.mentions.RuleMentionExtractor;
import org.paperkg.mentions.Vocabulary;

/** How the harness builds paperkg's own extractor and resolver, exactly as {@code paperkg build} does (no vocabulary). */
final class Product {

    private Product() {
    }

    /** A new rule-based mention extractor (loads its CoreNLP models). */
    static MentionExtractor newExtractor() {
        return new RuleMentionExtractor(Vocabulary.empty());
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
