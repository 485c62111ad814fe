package org.paperkg.listings;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.paperkg.papers.PaperRecord;

/** Test fixtures under src/test/resources/listings and a helper that reads paths through a PaperSource. */
final class ListingFixtures {

    private ListingFixtures() {
    }

    static Path listing(String name) {
        try {
            return Path.of(ListingFixtures.class.getResource("/listings/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** What a PaperSource read: papers, problems, summary. */
    record Result(List<PaperRecord> papers, List<ReadProblem> problems, ReadSummary summary) {
        PaperRecord byTitle(String prefix) {
            return papers.stream().filter(p -> p.title().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no paper titled " + prefix + "... in " + titles()));
        }

        List<String> titles() {
            return papers.stream().map(PaperRecord::title).collect(Collectors.toList());
        }
    }

    static Result read(Path... paths) throws Exception {
        List<ReadProblem> problems = new ArrayList<>();
        try (PaperSource source = PaperSource.open(List.of(paths)).onProblem(problems::add)) {
            List<PaperRecord> papers = source.papers().collect(Collectors.toList());
            return new Result(papers, problems, source.summary());
        }
    }
}
