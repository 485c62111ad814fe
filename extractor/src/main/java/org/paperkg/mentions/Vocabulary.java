package org.paperkg.mentions;

import java.io.IOException;
import java.nio.file.Path;

/** PLACEHOLDER for the extraction helper's class: known entity names. */
public final class Vocabulary {

    /** PLACEHOLDER. */
    public static Vocabulary load(Path file) throws IOException {
        return new Vocabulary();
    }

    /** PLACEHOLDER. */
    public static Vocabulary empty() {
        return new Vocabulary();
    }
}
