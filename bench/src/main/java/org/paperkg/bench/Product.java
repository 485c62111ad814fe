package org.paperkg.bench;

import java.util.List;

import org.paperkg.entities.EntityResolver;
import org.paperkg.mentions.MentionExtractor;

/** How the harness builds paperkg's own extractor and resolver, exactly as {@code paperkg build} does. */
final class Product {

    private Product() {
    }

    /** A new rule-based mention extractor (loads its CoreNLP models). */
    static MentionExtractor newExtractor() {
        // Replaced by the real extractor once it has landed on main (smoke runs use the stub).
        return new SmokeStubs.PosExtractor();
    }

    /** A new, empty corpus-level resolver. */
    static EntityResolver newResolver() {
        return new SmokeStubs.LowercaseResolver();
    }

    /** Names of the product classes in use, for the report. */
    static List<String> describe() {
        return List.of(newExtractorClassName(), "resolver " + SmokeStubs.LowercaseResolver.class.getName());
    }

    private static String newExtractorClassName() {
        return "extractor " + SmokeStubs.PosExtractor.class.getName();
    }
}
