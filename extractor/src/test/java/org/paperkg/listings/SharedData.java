package org.paperkg.listings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared data folder beside the project ({@code ../shared}) for corpus tests, or skips them. */
final class SharedData {

    private SharedData() {
    }

    /** {@code ../shared/<sub>} seen from the project root; the calling test is skipped when it is absent. */
    static Path require(String sub) {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.exists(cwd.resolve("pom.xml")) && Files.exists(cwd.resolve("../pom.xml"))
                && Files.isDirectory(cwd.resolve("../extractor")) ? cwd.getParent() : cwd;
        Path dir = root.resolve("../shared").resolve(sub).normalize();
        assumeTrue(Files.isDirectory(dir), "skipped: the shared data folder " + dir
                + " is absent (corpus tests need ../shared beside the project)");
        return dir;
    }
}
