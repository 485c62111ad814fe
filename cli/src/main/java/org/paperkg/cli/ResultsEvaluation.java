package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.paperkg.entities.CorpusEntityResolver;
import org.paperkg.eval.ResultsEvaluator;
import org.paperkg.eval.ResultsGold;
import org.paperkg.papers.PaperRecord;
import org.paperkg.pipeline.ExtractorFactory;
import org.paperkg.results.ResultExtractor;

/** {@code paperkg eval --results}: recall of result extraction against Papers-with-Code results. */
final class ResultsEvaluation {

    static final Path DEFAULT_GOLD = Path.of("../shared/data/orkg-tdm/resultsAnnotation.tsv");
    static final Path DEFAULT_PAPERS = Path.of("../shared/data/orkg-tdm/papers_with_abstracts.jsonl");
    /** The never-seen test papers: skipped should any of them be in the data given. */
    static final Path HELD_OUT_IDS = Path.of("gold/test-unseen-ids.txt");

    private final Path gold;
    private final Path papers;
    private final Path vocabulary;
    private final Path nerModel;
    private final int threads;

    ResultsEvaluation(Path gold, Path papers, Path vocabulary, Path nerModel, int threads) {
        this.gold = gold;
        this.papers = papers;
        this.vocabulary = vocabulary;
        this.nerModel = nerModel;
        this.threads = threads;
    }

    int run(PrintStream out, PrintStream err, boolean listOutcomes) throws IOException {
        if (!Files.exists(gold) || !Files.exists(papers)) {
            err.println("paperkg eval: no results data: " + gold + " or " + papers
                    + " is absent; give --results-gold TSV --results-papers JSONL");
            return ExitCodes.FAILURE;
        }
        Set<String> heldOut = Files.exists(HELD_OUT_IDS) ? new HashSet<>(Files.readAllLines(HELD_OUT_IDS)) : Set.of();
        long t0 = System.nanoTime();
        Map<String, List<ResultsGold.GoldResult>> goldResults = ResultsGold.read(gold);
        ResultsEvaluator.Report report;
        try (Stream<PaperRecord> records = ResultsEvaluator.readPapers(papers, heldOut)) {
            report = ResultsEvaluator.evaluate(goldResults, records, ExtractorFactory.create(vocabulary, nerModel),
                    new CorpusEntityResolver(), new ResultExtractor(), threads);
        }
        out.println("Gold: " + gold + "   papers: " + papers);
        out.print(report.table());
        err.printf(Locale.ROOT, "Results evaluation took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (listOutcomes) {
            for (ResultsEvaluator.Outcome o : report.outcomes()) {
                out.printf(Locale.ROOT, "  %s %s  %s | %s | %s | %s%n", o.found() ? "HIT " : "MISS", o.arxivId(),
                        o.gold().task(), o.gold().dataset(), o.gold().metric(), o.gold().score().toPlainString());
            }
        }
        return ExitCodes.OK;
    }
}
